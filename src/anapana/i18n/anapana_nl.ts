<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/desktop/about.py" line="31"/>
        <source>Anapana is a practice aid, not therapy and not a medical device. If things feel heavy, or breathing exercises leave you dizzy or uneasy, stop and breathe normally; and please reach out to someone you trust, your doctor or a mental health professional. You deserve that support. If you might be in danger or are thinking of harming yourself, please call your local emergency number or a crisis line now.</source>
        <translation>Anapana is een hulpmiddel bij het oefenen, geen therapie en geen medisch hulpmiddel. Voelt het zwaar, of word je duizelig of onrustig van ademhalingsoefeningen, stop dan en adem gewoon door; en zoek contact met iemand die je vertrouwt, je huisarts of een professional in de geestelijke gezondheidszorg. Je verdient die steun. Ben je misschien in gevaar of denk je eraan jezelf iets aan te doen, bel dan nu het alarmnummer of een crisislijn.</translation>
    </message>
    <message>
        <location filename="../app/desktop/about.py" line="143"/>
        <source>About Anapana</source>
        <translation>Over Anapana</translation>
    </message>
    <message>
        <location filename="../app/desktop/about.py" line="147"/>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <location filename="../app/desktop/about.py" line="148"/>
        <source>Writing sessions</source>
        <translation>Sessies schrijven</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <location filename="../app/body_map.py" line="148"/>
        <source>feet</source>
        <translation>voeten</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="148"/>
        <source>lower legs</source>
        <translation>onderbenen</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="149"/>
        <source>knees</source>
        <translation>knieën</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="149"/>
        <source>thighs</source>
        <translation>bovenbenen</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="150"/>
        <source>hips and pelvis</source>
        <translation>heupen en bekken</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="150"/>
        <source>belly</source>
        <translation>buik</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="151"/>
        <source>chest</source>
        <translation>borst</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="151"/>
        <source>back</source>
        <translation>rug</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="152"/>
        <source>hands</source>
        <translation>handen</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="152"/>
        <source>arms</source>
        <translation>armen</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="153"/>
        <source>shoulders</source>
        <translation>schouders</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="153"/>
        <source>neck and throat</source>
        <translation>nek en keel</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="154"/>
        <source>face</source>
        <translation>gezicht</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="154"/>
        <source>head</source>
        <translation>hoofd</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="155"/>
        <source>whole body</source>
        <translation>hele lichaam</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="156"/>
        <source>foot</source>
        <translation>voet</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="156"/>
        <source>lower leg</source>
        <translation>onderbeen</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="157"/>
        <source>knee</source>
        <translation>knie</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="157"/>
        <source>thigh</source>
        <translation>bovenbeen</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="158"/>
        <source>hip</source>
        <translation>heup</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="158"/>
        <source>hand</source>
        <translation>hand</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="159"/>
        <source>arm</source>
        <translation>arm</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="159"/>
        <source>shoulder</source>
        <translation>schouder</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="160"/>
        <source>side of the body</source>
        <translation>lichaamshelft</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="185"/>
        <source>Body map</source>
        <translation>Lichaamskaart</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="257"/>
        <source> and </source>
        <comment>between area names</comment>
        <translation> en </translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="261"/>
        <source>left %1</source>
        <translation>%1 aan de linkerkant</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="261"/>
        <source>right %1</source>
        <translation>%1 aan de rechterkant</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="265"/>
        <source>An outline of a body.</source>
        <translation>De omtrek van een lichaam.</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="267"/>
        <source>An outline of a body, all of it lit.</source>
        <translation>De omtrek van een lichaam, helemaal verlicht.</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="269"/>
        <source>An outline of a body with the %1 lit.</source>
        <translation>De omtrek van een lichaam, verlicht: %1.</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="272"/>
        <source>%1 Next: %2.</source>
        <comment>the body map&apos;s description, then the next areas</comment>
        <translation>%1 Hierna: %2.</translation>
    </message>
</context>
<context>
    <name>BreathCurve</name>
    <message>
        <location filename="../app/breath_curve.py" line="68"/>
        <source>Breath curve</source>
        <translation>Ademcurve</translation>
    </message>
    <message>
        <location filename="../app/breath_curve.py" line="69"/>
        <source>The breath over the last few seconds and the next twenty.</source>
        <translation>De adem van de afgelopen seconden en van de komende twintig.</translation>
    </message>
</context>
<context>
    <name>CaptionView</name>
    <message>
        <location filename="../app/caption.py" line="34"/>
        <source>Caption</source>
        <translation>Ondertiteling</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <location filename="../app/checkin.py" line="37"/>
        <source>How are you arriving?</source>
        <translation>Hoe kom je binnen?</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="38"/>
        <source>How do you feel now?</source>
        <translation>Hoe voel je je nu?</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="48"/>
        <source>Thank you for noticing how you are. You don&apos;t have to carry it alone: &lt;a href=&quot;care&quot;&gt;where to find support&lt;/a&gt;.</source>
        <translation>Dank je dat je even stilstaat bij hoe het met je gaat. Je hoeft het niet alleen te dragen: &lt;a href=&quot;care&quot;&gt;waar je steun vindt&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="64"/>
        <source>Where to find support</source>
        <translation>Waar je steun vindt</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="129"/>
        <source>Pick what fits, if anything. Nothing here is right or wrong.</source>
        <translation>Kies wat past, als er iets past. Niets hier is goed of fout.</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="139"/>
        <source>%1 (key %2)</source>
        <translation>%1 (toets %2)</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="143"/>
        <source>Mood %1 of 5, key %1. %2</source>
        <translation>Stemming %1 van 5, toets %1. %2</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="150"/>
        <source>Any feelings here? (optional)</source>
        <translation>Zijn er nu gevoelens? (optioneel)</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="157"/>
        <source>A feeling, optional</source>
        <translation>Een gevoel, optioneel</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="165"/>
        <source>Skip (Esc)</source>
        <translation>Overslaan (Esc)</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="166"/>
        <source>Save (Enter)</source>
        <translation>Opslaan (Enter)</translation>
    </message>
</context>
<context>
    <name>CompletionView</name>
    <message>
        <location filename="../app/completion.py" line="55"/>
        <source>Back to the library</source>
        <translation>Terug naar de bibliotheek</translation>
    </message>
    <message>
        <location filename="../app/completion.py" line="81"/>
        <source>You practised for %1.</source>
        <translation>Je hebt %1 geoefend.</translation>
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <location filename="../app/desktop/integration.py" line="165"/>
        <source>Still here in the tray, whenever you&apos;d like it.</source>
        <translation>Nog steeds hier in het systeemvak, wanneer je maar wilt.</translation>
    </message>
</context>
<context>
    <name>DownloadDialog</name>
    <message>
        <location filename="../app/voice_download_dialog.py" line="67"/>
        <location filename="../app/voice_download_dialog.py" line="68"/>
        <source>Download a voice</source>
        <translation>Een stem downloaden</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="78"/>
        <source>Catalogue address</source>
        <translation>Adres van de catalogus</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="79"/>
        <source>Load the list</source>
        <translation>Lijst laden</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="82"/>
        <location filename="../app/voice_download_dialog.py" line="120"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="85"/>
        <source>Voices in the catalogue</source>
        <translation>Stemmen in de catalogus</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="92"/>
        <source>The voice&apos;s model card, with its licence</source>
        <translation>De modelkaart van de stem, met de licentie</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="94"/>
        <source>Choose a voice to read where it comes from and its licence.</source>
        <translation>Kies een stem om te lezen waar die vandaan komt en onder welke licentie die valt.</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="96"/>
        <source>I have read this voice&apos;s licence and accept it</source>
        <translation>Ik heb de licentie van deze stem gelezen en ga ermee akkoord</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="97"/>
        <source>Accept the voice&apos;s licence</source>
        <translation>Licentie van de stem accepteren</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="100"/>
        <source>Download progress</source>
        <translation>Voortgang van de download</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="105"/>
        <source>Download status</source>
        <translation>Status van de download</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="107"/>
        <source>Download</source>
        <translation>Downloaden</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="109"/>
        <source>Cancel download</source>
        <translation>Download annuleren</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="119"/>
        <source>Catalogue</source>
        <translation>Catalogus</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="144"/>
        <source>The catalogue address is not usable: %1</source>
        <translation>Het adres van de catalogus is niet bruikbaar: %1</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="147"/>
        <source>Fetching the list of voices…</source>
        <translation>Lijst met stemmen ophalen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/voice_download_dialog.py" line="161"/>
        <source>%n voice(s) in the catalogue.</source>
        <translation>
            <numerusform>%n stem in de catalogus.</numerusform>
            <numerusform>%n stemmen in de catalogus.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="162"/>
        <source>%1 (%2 left out: their entries were malformed).</source>
        <comment>the number of voices, then how many were left out</comment>
        <translation>%1 (%2 weggelaten: hun gegevens waren onjuist opgebouwd).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/voice_download_dialog.py" line="164"/>
        <source>%n voice(s) in the catalogue</source>
        <translation>
            <numerusform>%n stem in de catalogus</numerusform>
            <numerusform>%n stemmen in de catalogus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="178"/>
        <source>The list of voices could not be fetched. %1</source>
        <translation>De lijst met stemmen kon niet worden opgehaald. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="188"/>
        <source>%1 — %2, %3 quality, %4</source>
        <comment>voice name, language, quality (low, medium, high), size</comment>
        <translation>%1 — %2, kwaliteit %3, %4</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="193"/>
        <source>%1 (installed)</source>
        <translation>%1 (geïnstalleerd)</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="213"/>
        <source>The catalogue gives no model card for this voice, so its licence is not known. Please check it before you use the voice.</source>
        <translation>De catalogus geeft geen modelkaart voor deze stem, dus de licentie is niet bekend. Controleer die voordat je de stem gebruikt.</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="217"/>
        <source>Reading this voice&apos;s licence…</source>
        <translation>Licentie van deze stem lezen…</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="240"/>
        <source>The licence could not be read. %1</source>
        <translation>De licentie kon niet worden gelezen. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="245"/>
        <source>Licence: %1</source>
        <translation>Licentie: %1</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="246"/>
        <source>The model card names no licence: please read it below.</source>
        <translation>De modelkaart noemt geen licentie: lees die hieronder.</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="283"/>
        <source>Downloading %1…</source>
        <translation>%1 downloaden…</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="290"/>
        <source>Downloading %1… %2 of %3</source>
        <translation>%1 downloaden… %2 van %3</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="302"/>
        <source>%1 is installed and ready to speak.</source>
        <translation>%1 is geïnstalleerd en klaar om te spreken.</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="308"/>
        <source>The voice was not installed. %1</source>
        <translation>De stem is niet geïnstalleerd. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="313"/>
        <source>Download cancelled. It continues where it stopped next time.</source>
        <translation>Download geannuleerd. De volgende keer gaat hij verder waar hij gebleven was.</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="318"/>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <location filename="../app/library_view.py" line="142"/>
        <source>This file has a problem:</source>
        <translation>Dit bestand heeft een probleem:</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="143"/>
        <source>it could not be read</source>
        <translation>het kon niet worden gelezen</translation>
    </message>
</context>
<context>
    <name>HeartChart</name>
    <message>
        <location filename="../app/history/charts.py" line="156"/>
        <source>Heart rate and RMSSD by week</source>
        <translation>Hartslag en RMSSD per week</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="175"/>
        <source>Heart rate (beats a minute)</source>
        <translation>Hartslag (slagen per minuut)</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="176"/>
        <source>RMSSD (ms, dashed)</source>
        <translation>RMSSD (ms, stippellijn)</translation>
    </message>
</context>
<context>
    <name>HeartLive</name>
    <message>
        <location filename="../app/heart_live.py" line="271"/>
        <source>The heart recording could not be kept: the practice log isn&apos;t open.</source>
        <translation>De hartopname kon niet worden bewaard: het oefenlogboek is niet geopend.</translation>
    </message>
</context>
<context>
    <name>HeartPanel</name>
    <message>
        <location filename="../app/heart_panel.py" line="31"/>
        <source>Looking for your heart-rate strap…</source>
        <translation>Je borstband zoeken…</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="33"/>
        <source>The strap can&apos;t feel your skin; a little moisture on it helps.</source>
        <translation>De borstband voelt je huid niet; een beetje vocht op de elektroden helpt.</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="35"/>
        <source>Heart signal lost for now; it will come back by itself.</source>
        <translation>Hartsignaal even kwijt; het komt vanzelf terug.</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="178"/>
        <source>Heart rate</source>
        <translation>Hartslag</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="181"/>
        <source>Heart-rate swing of the last breath</source>
        <translation>Schommeling van de hartslag tijdens de laatste ademhaling</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="186"/>
        <source>Heart rate now</source>
        <translation>Hartslag nu</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="190"/>
        <source>Heart signal</source>
        <translation>Hartsignaal</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="236"/>
        <source>%1 beats a minute</source>
        <translation>%1 slagen per minuut</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="248"/>
        <source>strap battery %1 %</source>
        <translation>batterij borstband %1%</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="264"/>
        <source>last breath&apos;s swing %1</source>
        <translation>schommeling bij de laatste ademhaling: %1</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="267"/>
        <source>How far your heart rate rose and fell over the last breath, in beats a minute</source>
        <translation>Hoeveel je hartslag steeg en daalde tijdens de laatste ademhaling, in slagen per minuut</translation>
    </message>
</context>
<context>
    <name>HeartRateSettingsPanel</name>
    <message>
        <location filename="../app/heart_settings.py" line="32"/>
        <source>Heart-rate features (a live trace under the breath curve, and a measured resonance pace) need the optional Bluetooth and analysis packages. To enable them, install Anapana with its hr extra: pip install &apos;anapana[hr]&apos;</source>
        <translation>Voor de hartslagfuncties (een live lijn onder de ademcurve en een gemeten resonantietempo) zijn de optionele pakketten voor Bluetooth en analyse nodig. Installeer Anapana met de extra hr om ze aan te zetten: pip install &apos;anapana[hr]&apos;</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="61"/>
        <location filename="../app/heart_settings.py" line="63"/>
        <source>Heart rate</source>
        <translation>Hartslag</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="71"/>
        <source>How to enable heart-rate features</source>
        <translation>Zo zet je de hartslagfuncties aan</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="76"/>
        <location filename="../app/heart_settings.py" line="77"/>
        <source>Show my heart rate during sessions</source>
        <translation>Mijn hartslag tonen tijdens sessies</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="81"/>
        <source>Chosen strap</source>
        <translation>Gekozen borstband</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="84"/>
        <source>Straps found nearby</source>
        <translation>Borstbanden in de buurt</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="85"/>
        <source>Find straps</source>
        <translation>Borstbanden zoeken</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="86"/>
        <source>Find heart-rate straps nearby</source>
        <translation>Borstbanden in de buurt zoeken</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="88"/>
        <source>Use this strap</source>
        <translation>Deze borstband gebruiken</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="90"/>
        <source>Forget</source>
        <translation>Vergeten</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="91"/>
        <source>Forget the chosen strap</source>
        <translation>De gekozen borstband vergeten</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="124"/>
        <source>Strap: %1 (%2)</source>
        <translation>Borstband: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="124"/>
        <source>heart-rate strap</source>
        <translation>borstband</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="127"/>
        <source>No strap chosen yet. Put it on (most straps wake with skin contact), then Find straps.</source>
        <translation>Nog geen borstband gekozen. Doe hem om (de meeste worden wakker bij huidcontact) en klik dan op Borstbanden zoeken.</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="138"/>
        <source>Looking for heart-rate straps nearby…</source>
        <translation>Borstbanden in de buurt zoeken…</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="147"/>
        <source>Bluetooth didn&apos;t answer (%1).</source>
        <translation>Bluetooth gaf geen antwoord (%1).</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="150"/>
        <source>Bluetooth didn&apos;t answer.</source>
        <translation>Bluetooth gaf geen antwoord.</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="164"/>
        <source>Heart-rate strap</source>
        <translation>Borstband</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="165"/>
        <source>%1 (%2)</source>
        <comment>a strap&apos;s name and address</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="170"/>
        <source>%1 Is Bluetooth switched on?</source>
        <translation>%1 Staat Bluetooth aan?</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="173"/>
        <source>No strap answered. Wet the electrodes, put it on, and try again.</source>
        <translation>Geen borstband gaf antwoord. Maak de elektroden vochtig, doe de band om en probeer het nog eens.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/heart_settings.py" line="175"/>
        <source>Found %n. Choose yours and press Use this strap.</source>
        <translation>
            <numerusform>%n gevonden. Kies de jouwe en klik op Deze borstband gebruiken.</numerusform>
            <numerusform>%n gevonden. Kies de jouwe en klik op Deze borstband gebruiken.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="184"/>
        <source>%1 will be used in your sessions.</source>
        <translation>%1 wordt in je sessies gebruikt.</translation>
    </message>
</context>
<context>
    <name>HeartTrace</name>
    <message>
        <location filename="../app/heart_panel.py" line="69"/>
        <source>Heart-rate trace</source>
        <translation>Hartslaglijn</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="70"/>
        <source>Your heart rate over the last breaths.</source>
        <translation>Je hartslag tijdens de laatste ademhalingen.</translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <location filename="../app/history/heatmap.py" line="24"/>
        <source>Days practised over the past year</source>
        <translation>Oefendagen in het afgelopen jaar</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/history/heatmap.py" line="105"/>
        <source>%1: %Ln min</source>
        <translation>
            <numerusform>%1: %Ln min</numerusform>
            <numerusform>%1: %Ln min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialogs</name>
    <message>
        <location filename="../app/history/dialogs.py" line="30"/>
        <source>Export your practice log</source>
        <translation>Je oefenlogboek exporteren</translation>
    </message>
    <message>
        <location filename="../app/history/dialogs.py" line="32"/>
        <source>JSON (*.json);;CSV for spreadsheets (*.csv)</source>
        <translation>JSON (*.json);;CSV voor spreadsheets (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/history/dialogs.py" line="41"/>
        <source>Import a practice log export</source>
        <translation>Een export van een oefenlogboek importeren</translation>
    </message>
    <message>
        <location filename="../app/history/dialogs.py" line="43"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/history/dialogs.py" line="50"/>
        <source>Delete all your data?</source>
        <translation>Al je gegevens verwijderen?</translation>
    </message>
    <message>
        <location filename="../app/history/dialogs.py" line="51"/>
        <source>This deletes every practice, check-in and journal note, and the log&apos;s backup copies. It can&apos;t be undone. You may want to export first.</source>
        <translation>Hiermee verwijder je alle oefeningen, alles wat je bij het inchecken hebt aangegeven en alle dagboeknotities, en ook de reservekopieën van het logboek. Dit kan niet ongedaan worden gemaakt. Misschien wil je eerst exporteren.</translation>
    </message>
</context>
<context>
    <name>HistoryFiles</name>
    <message>
        <location filename="../app/history/files.py" line="48"/>
        <source>%1 is a link to another file; please choose another name.</source>
        <translation>%1 is een koppeling naar een ander bestand; kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../app/history/files.py" line="52"/>
        <source>The export could not be written: %1.</source>
        <translation>De export kon niet worden weggeschreven: %1.</translation>
    </message>
    <message>
        <location filename="../app/history/files.py" line="56"/>
        <source>Part of the log could not be read for the export (%1).</source>
        <translation>Een deel van het logboek kon niet worden gelezen voor de export (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/history/files.py" line="59"/>
        <source>%Ln practice(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln oefening geëxporteerd naar %1.</numerusform>
            <numerusform>%Ln oefeningen geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/history/files.py" line="71"/>
        <source>%1 could not be imported: %2</source>
        <translation>%1 kon niet worden geïmporteerd: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/history/files.py" line="90"/>
        <source>Deleted %Ln practice(s) and every note.</source>
        <translation>
            <numerusform>%Ln oefening en alle notities verwijderd.</numerusform>
            <numerusform>%Ln oefeningen en alle notities verwijderd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../app/history/page.py" line="21"/>
        <source>Back to the library</source>
        <translation>Terug naar de bibliotheek</translation>
    </message>
    <message>
        <location filename="../app/history/page.py" line="22"/>
        <source>Back to the library (Esc)</source>
        <translation>Terug naar de bibliotheek (Esc)</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../log/history_text.py" line="58"/>
        <source>No practices yet. Your history will grow here, one session at a time.</source>
        <translation>Nog geen oefeningen. Je geschiedenis groeit hier, sessie na sessie.</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="66"/>
        <source>%1 · %2 · %3</source>
        <comment>sessions · minutes · days practised</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="67"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sessie</numerusform>
            <numerusform>%Ln sessies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="68"/>
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minuut</numerusform>
            <numerusform>%Ln minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="69"/>
        <source>%Ln day(s) practised</source>
        <translation>
            <numerusform>%Ln oefendag</numerusform>
            <numerusform>%Ln oefendagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="74"/>
        <source>Days practised this month: %n</source>
        <translation>
            <numerusform>Oefendagen deze maand: %n</numerusform>
            <numerusform>Oefendagen deze maand: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="83"/>
        <source>How your mood moves will show here once you have checked in before and after a few sessions.</source>
        <translation>Hier zie je hoe je stemming verandert, zodra je bij een paar sessies vooraf en achteraf hebt ingecheckt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="88"/>
        <source>Mood before → after: %1 (%2) → %3 (%4), %5 on average across %n session(s).</source>
        <translation>
            <numerusform>Stemming vooraf → achteraf: %1 (%2) → %3 (%4), gemiddeld %5 over %n sessie.</numerusform>
            <numerusform>Stemming vooraf → achteraf: %1 (%2) → %3 (%4), gemiddeld %5 over %n sessies.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="101"/>
        <source>The last 30 days: %1 (the 30 days before: %2).</source>
        <translation>De afgelopen 30 dagen: %1 (de 30 dagen daarvoor: %2).</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="106"/>
        <source>The last 30 days: %1.</source>
        <translation>De afgelopen 30 dagen: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="114"/>
        <source>%1 on average, %n session(s)</source>
        <translation>
            <numerusform>gemiddeld %1, %n sessie</numerusform>
            <numerusform>gemiddeld %1, %n sessies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="116"/>
        <source>%1 from %n session(s), too few to say much yet</source>
        <translation>
            <numerusform>%1 uit %n sessie, nog te weinig om veel te zeggen</numerusform>
            <numerusform>%1 uit %n sessies, nog te weinig om veel te zeggen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="123"/>
        <source>Once you check in before and after your sessions, this shows how your mood tends to change with each practice.</source>
        <translation>Zodra je voor en na je sessies incheckt, zie je hier hoe je stemming bij elke oefening meestal verandert.</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="127"/>
        <source>The average change in mood from before to after each practice, on the scale from heavy to bright.</source>
        <translation>De gemiddelde verandering in stemming van vooraf naar achteraf bij elke oefening, op de schaal van zwaar tot opgewekt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="132"/>
        <source>This week so far: %Ln minute(s)</source>
        <translation>
            <numerusform>Deze week tot nu toe: %Ln minuut</numerusform>
            <numerusform>Deze week tot nu toe: %Ln minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="136"/>
        <source>damaged</source>
        <translation>beschadigd</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="138"/>
        <source>completed</source>
        <translation>voltooid</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="139"/>
        <source>ended early</source>
        <translation>eerder gestopt</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="140"/>
        <source>interrupted</source>
        <translation>onderbroken</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="141"/>
        <source>in progress</source>
        <translation>bezig</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="144"/>
        <source>%1 · imported copy</source>
        <translation>%1 · geïmporteerde kopie</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="154"/>
        <source>Damaged in the log: %1</source>
        <translation>Beschadigd in het logboek: %1</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../app/history/view.py" line="100"/>
        <source>Show days practised this month</source>
        <translation>Oefendagen van deze maand tonen</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="108"/>
        <source>Charts</source>
        <translation>Grafieken</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="119"/>
        <source>The past year</source>
        <translation>Afgelopen jaar</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="123"/>
        <source>Minutes per week</source>
        <translation>Minuten per week</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="135"/>
        <source>Mood</source>
        <translation>Stemming</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="155"/>
        <source>Mood by practice</source>
        <translation>Stemming per oefening</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="161"/>
        <source>Heart rate and RMSSD, the mean of each week&apos;s practices with a heart signal</source>
        <translation>Hartslag en RMSSD: het gemiddelde van de oefeningen van elke week met een hartsignaal</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="171"/>
        <source>Heart rate</source>
        <translation>Hartslag</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="175"/>
        <source>Search sessions, notes and feelings</source>
        <translation>Zoeken in sessies, notities en gevoelens</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="177"/>
        <source>Search your practices</source>
        <translation>Zoeken in je oefeningen</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="192"/>
        <source>Practices</source>
        <translation>Oefeningen</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="194"/>
        <source>Newest first. Arrow keys choose a practice; Tab goes on to its note.</source>
        <translation>Nieuwste eerst. Met de pijltjestoetsen kies je een oefening; Tab gaat naar de notitie ervan.</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="199"/>
        <source>Save note</source>
        <translation>Notitie opslaan</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="201"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="202"/>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="203"/>
        <source>Delete all my data…</source>
        <translation>Al mijn gegevens verwijderen…</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="248"/>
        <source>Choose a practice to read or edit its note.</source>
        <translation>Kies een oefening om de notitie te lezen of te bewerken.</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="301"/>
        <location filename="../app/history/view.py" line="330"/>
        <source>Part of your practice log could not be read just now (%1).</source>
        <translation>Een deel van je oefenlogboek kon zojuist niet worden gelezen (%1).</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="342"/>
        <source>No practice</source>
        <translation>Geen oefening</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="342"/>
        <source>Under 10 minutes</source>
        <translation>Minder dan 10 minuten</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="342"/>
        <source>10–19 minutes</source>
        <translation>10–19 minuten</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="343"/>
        <source>20–39 minutes</source>
        <translation>20–39 minuten</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="343"/>
        <source>40 minutes or more</source>
        <translation>40 minuten of meer</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="375"/>
        <source>unknown date</source>
        <translation>onbekende datum</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="378"/>
        <source>%1, %2</source>
        <comment>a note&apos;s heading: the practice, then its day</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="386"/>
        <source>%1 Your note is still in the editor.</source>
        <translation>%1 Je notitie staat nog in de editor.</translation>
    </message>
</context>
<context>
    <name>JournalEditor</name>
    <message>
        <location filename="../app/journal.py" line="31"/>
        <source>Anything you&apos;d like to remember from this practice?</source>
        <translation>Is er iets van deze oefening dat je wilt onthouden?</translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="66"/>
        <source>Write as much or as little as you like. This stays on your computer.</source>
        <translation>Schrijf zoveel of zo weinig als je wilt. Dit blijft op je computer.</translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="74"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="75"/>
        <source>Save and close the note (Ctrl+Enter)</source>
        <translation>Notitie opslaan en sluiten (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="125"/>
        <source>%1 Your words are kept here.</source>
        <translation>%1 Je woorden worden hier bewaard.</translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="133"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
</context>
<context>
    <name>LibraryGroups</name>
    <message>
        <location filename="../app/shown_words.py" line="42"/>
        <source>Breathing</source>
        <translation>Ademhaling</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="43"/>
        <source>Body scans</source>
        <translation>Bodyscans</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="44"/>
        <source>Meditation</source>
        <translation>Meditatie</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="45"/>
        <source>Compassion and emotions</source>
        <translation>Compassie en emoties</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="46"/>
        <source>Sits</source>
        <translation>Stil zitten</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="47"/>
        <source>Your sessions</source>
        <translation>Je eigen sessies</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../app/library_model.py" line="48"/>
        <source>%1 + open</source>
        <comment>a length, then: it waits for you somewhere</comment>
        <translation>%1 + in je eigen tempo</translation>
    </message>
    <message>
        <location filename="../app/library_model.py" line="92"/>
        <source>has a problem</source>
        <translation>heeft een probleem</translation>
    </message>
    <message>
        <location filename="../app/library_model.py" line="93"/>
        <source>%1, %2, %3</source>
        <comment>a session&apos;s title, length and group</comment>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../app/library_view.py" line="215"/>
        <source>Choose a practice</source>
        <translation>Kies een oefening</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="217"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="218"/>
        <source>Your practice history and notes</source>
        <translation>De geschiedenis van je oefeningen en je notities</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="220"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="233"/>
        <location filename="../app/library_view.py" line="234"/>
        <source>Search sessions</source>
        <translation>Sessies zoeken</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="239"/>
        <source>&amp;Tag</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="242"/>
        <source>Tag</source>
        <translation>Label</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="243"/>
        <location filename="../app/library_view.py" line="415"/>
        <source>All tags</source>
        <translation>Alle labels</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="255"/>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="268"/>
        <source>New session</source>
        <translation>Nieuwe sessie</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="269"/>
        <source>Make your own session from a template and open it in your text editor</source>
        <translation>Je eigen sessie maken op basis van een sjabloon en die openen in je teksteditor</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="272"/>
        <source>Open sessions folder</source>
        <translation>Sessiemap openen</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="294"/>
        <source>Length and tags</source>
        <translation>Duur en labels</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="298"/>
        <location filename="../app/library_view.py" line="314"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="308"/>
        <source>Problems in this file</source>
        <translation>Problemen in dit bestand</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="332"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="334"/>
        <source>Start the session (Enter in the list)</source>
        <translation>De sessie starten (Enter in de lijst)</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="337"/>
        <source>Edit file</source>
        <translation>Bestand bewerken</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="339"/>
        <source>Open the session file in your text editor</source>
        <translation>Het sessiebestand openen in je teksteditor</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="468"/>
        <source>No session matches. Try another word or tag.</source>
        <translation>Geen sessie gevonden. Probeer een ander woord of label.</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="475"/>
        <source>No session selected</source>
        <translation>Geen sessie gekozen</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="490"/>
        <source>This file can&apos;t be used yet:

%1

Fix it in your editor and save: the library updates by itself.</source>
        <translation>Dit bestand kan nog niet worden gebruikt:

%1

Verbeter het in je editor en sla het op: de bibliotheek werkt zichzelf bij.</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="503"/>
        <source>your session</source>
        <translation>je eigen sessie</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="503"/>
        <source>bundled</source>
        <translation>meegeleverd</translation>
    </message>
</context>
<context>
    <name>LogNotices</name>
    <message>
        <location filename="../log/notices.py" line="43"/>
        <source>The disk is full, so the practice log can&apos;t be saved just now.</source>
        <translation>De schijf is vol, dus het oefenlogboek kan nu even niet worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="45"/>
        <source>The practice log is read-only, so it can&apos;t be saved just now.</source>
        <translation>Het oefenlogboek is alleen-lezen, dus het kan nu even niet worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="47"/>
        <source>Another Anapana window is writing to the log; saving again shortly.</source>
        <translation>Een ander Anapana-venster schrijft in het logboek; zo meteen wordt opnieuw opgeslagen.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="49"/>
        <source>The practice log can&apos;t be saved just now (%1).</source>
        <translation>Het oefenlogboek kan nu even niet worden opgeslagen (%1).</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="50"/>
        <source>The practice log isn&apos;t open.</source>
        <translation>Het oefenlogboek is niet geopend.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="100"/>
        <source>%Ln practice(s) ended unexpectedly; the time practised was kept and marked as interrupted.</source>
        <translation>
            <numerusform>%Ln oefening is onverwacht gestopt; de geoefende tijd is bewaard en gemarkeerd als onderbroken.</numerusform>
            <numerusform>%Ln oefeningen zijn onverwacht gestopt; de geoefende tijd is bewaard en gemarkeerd als onderbroken.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="104"/>
        <source>Your practice log was updated to a newer format; the old file is kept as %1.</source>
        <translation>Je oefenlogboek is bijgewerkt naar een nieuwer formaat; het oude bestand is bewaard als %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="109"/>
        <source>Your practice log could not be read, so it was kept aside as %1 and a fresh log was started; %Ln practice(s) could be rescued from it. Nothing was deleted.</source>
        <translation>
            <numerusform>Je oefenlogboek kon niet worden gelezen, dus het is apart gezet als %1 en er is een nieuw logboek begonnen; %Ln oefening kon eruit worden gered. Er is niets verwijderd.</numerusform>
            <numerusform>Je oefenlogboek kon niet worden gelezen, dus het is apart gezet als %1 en er is een nieuw logboek begonnen; %Ln oefeningen konden eruit worden gered. Er is niets verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="112"/>
        <source>Your practice log could not be read, so it was kept aside as %1 and a fresh log was started. Nothing was deleted.</source>
        <translation>Je oefenlogboek kon niet worden gelezen, dus het is apart gezet als %1 en er is een nieuw logboek begonnen. Er is niets verwijderd.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="117"/>
        <source>The disk is full, so your practice log is open for reading only: your history is shown, and new practices and notes are kept safe until they can be written.</source>
        <translation>De schijf is vol, dus je oefenlogboek is alleen geopend om te lezen: je geschiedenis is te zien, en nieuwe oefeningen en notities worden veilig bewaard tot ze kunnen worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="120"/>
        <source>The practice log can&apos;t be written just now, so it is open for reading only: your history is shown, and new practices and notes are kept safe until they can be written.</source>
        <translation>Er kan nu even niet in het oefenlogboek worden geschreven, dus het is alleen geopend om te lezen: je geschiedenis is te zien, en nieuwe oefeningen en notities worden veilig bewaard tot ze kunnen worden opgeslagen.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="125"/>
        <source>Part of your practice log&apos;s journal (%1) looks damaged (%2). A copy of the log and its journal was kept as %3 before opening it, and everything that could be read was kept. Nothing was deleted.</source>
        <translation>Een deel van het transactiebestand van je oefenlogboek (%1) lijkt beschadigd (%2). Voor het openen is een kopie van het logboek en zijn transactiebestand bewaard als %3, en alles wat gelezen kon worden is behouden. Er is niets verwijderd.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="131"/>
        <source>Part of your practice log&apos;s journal (%1) looks damaged (%2), and there is no room to keep a copy of it (%3). The log is open for reading only, so nothing in it is lost; new practices are kept safe meanwhile.</source>
        <translation>Een deel van het transactiebestand van je oefenlogboek (%1) lijkt beschadigd (%2), en er is geen ruimte om er een kopie van te bewaren (%3). Het logboek is alleen geopend om te lezen, dus er gaat niets in verloren; nieuwe oefeningen worden intussen veilig bewaard.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="140"/>
        <source>Recovered %1 and %2 that could not be saved last time.</source>
        <comment>%1 is “%Ln practice(s)”, %2 is “%Ln journal note(s)”</comment>
        <translation>%1 en %2 die de vorige keer niet konden worden opgeslagen, zijn teruggezet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="142"/>
        <source>%Ln practice(s)</source>
        <comment>recovered</comment>
        <translation>
            <numerusform>%Ln oefening</numerusform>
            <numerusform>%Ln oefeningen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="143"/>
        <source>%Ln journal note(s)</source>
        <comment>recovered</comment>
        <translation>
            <numerusform>%Ln dagboeknotitie</numerusform>
            <numerusform>%Ln dagboeknotities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="145"/>
        <source>Recovered %Ln practice(s) that could not be saved last time.</source>
        <translation>
            <numerusform>%Ln oefening die de vorige keer niet kon worden opgeslagen, is teruggezet.</numerusform>
            <numerusform>%Ln oefeningen die de vorige keer niet konden worden opgeslagen, zijn teruggezet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="148"/>
        <source>Recovered %Ln journal note(s) that could not be saved last time.</source>
        <translation>
            <numerusform>%Ln dagboeknotitie die de vorige keer niet kon worden opgeslagen, is teruggezet.</numerusform>
            <numerusform>%Ln dagboeknotities die de vorige keer niet konden worden opgeslagen, zijn teruggezet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="151"/>
        <source>Recovered the latest details of %Ln practice(s) that could not be saved last time.</source>
        <translation>
            <numerusform>De laatste gegevens van %Ln oefening, die de vorige keer niet konden worden opgeslagen, zijn teruggezet.</numerusform>
            <numerusform>De laatste gegevens van %Ln oefeningen, die de vorige keer niet konden worden opgeslagen, zijn teruggezet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="156"/>
        <source>Some practices kept aside last time could not be read back; the file is left as it is at %1. Nothing was deleted.</source>
        <translation>Enkele oefeningen die de vorige keer apart zijn gezet, konden niet worden teruggelezen; het bestand blijft ongewijzigd staan op %1. Er is niets verwijderd.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="160"/>
        <source>Some practices kept aside last time can&apos;t be added to the log just now; they are kept safe and will be added next time.</source>
        <translation>Enkele oefeningen die de vorige keer apart zijn gezet, kunnen nu even niet aan het logboek worden toegevoegd; ze worden veilig bewaard en de volgende keer toegevoegd.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="165"/>
        <source>The folder for the practice log can&apos;t be made: %1</source>
        <translation>De map voor het oefenlogboek kan niet worden aangemaakt: %1</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="168"/>
        <source>The practice log %1 was written by a newer Anapana (%2); please update Anapana to keep using it. It has not been changed, and nothing new is written to it.</source>
        <translation>Het oefenlogboek %1 is geschreven door een nieuwere versie van Anapana (%2); werk Anapana bij om het te blijven gebruiken. Het is niet gewijzigd, en er wordt niets nieuws in geschreven.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="173"/>
        <source>format %1</source>
        <comment>why the log looks written by a newer Anapana</comment>
        <translation>formaat %1</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="177"/>
        <source>it holds tables this version doesn&apos;t know: %1</source>
        <comment>why the log looks written by a newer Anapana</comment>
        <translation>het bevat tabellen die deze versie niet kent: %1</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="181"/>
        <source>The practice log can&apos;t be opened: %1</source>
        <translation>Het oefenlogboek kan niet worden geopend: %1</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="184"/>
        <source>The practice log can&apos;t be opened, even to read it: %1</source>
        <translation>Het oefenlogboek kan niet worden geopend, zelfs niet om te lezen: %1</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="187"/>
        <source>The practice log %1 needs updating to this Anapana&apos;s format, and it can&apos;t be written just now (the disk is full or read-only). It has not been changed.</source>
        <translation>Het oefenlogboek %1 moet worden bijgewerkt naar het formaat van deze versie van Anapana, en er kan nu even niet in worden geschreven (de schijf is vol of alleen-lezen). Het is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="192"/>
        <source>The practice log %1 can&apos;t be updated to this version&apos;s format (%2); it has not been changed.</source>
        <translation>Het oefenlogboek %1 kan niet worden bijgewerkt naar het formaat van deze versie (%2); het is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="196"/>
        <source>The practice log can&apos;t be updated: %1</source>
        <translation>Het oefenlogboek kan niet worden bijgewerkt: %1</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="199"/>
        <source>The practice log %1 could not be read, and it can&apos;t be kept aside just now (%2); it has not been changed.</source>
        <translation>Het oefenlogboek %1 kon niet worden gelezen, en het kan nu even niet apart worden gezet (%2); het is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="203"/>
        <source>The practice log could not be read, so it was kept aside as %1; a fresh log can&apos;t be started just now (%2).</source>
        <translation>Het oefenlogboek kon niet worden gelezen, dus het is apart gezet als %1; er kan nu even geen nieuw logboek worden begonnen (%2).</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="207"/>
        <source>%1 is a link; Anapana doesn&apos;t write to the practice log through links. Remove the link to go on.</source>
        <translation>%1 is een koppeling; Anapana schrijft niet via koppelingen naar het oefenlogboek. Verwijder de koppeling om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="211"/>
        <source>The practice log %1 is a link that can&apos;t be followed.</source>
        <translation>Het oefenlogboek %1 is een koppeling die niet kan worden gevolgd.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="214"/>
        <source>The practice log %1 is a link to %2, outside the data folder %3. Anapana only keeps your log inside its own folder, so it neither reads nor changes that file; move it into the folder (or remove the link).</source>
        <translation>Het oefenlogboek %1 is een koppeling naar %2, buiten de gegevensmap %3. Anapana bewaart je logboek alleen in de eigen map, dus dat bestand wordt niet gelezen of gewijzigd; verplaats het naar de map (of verwijder de koppeling).</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="64"/>
        <source>it is unusually large (%1)</source>
        <translation>het is ongewoon groot (%1)</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="65"/>
        <source>it can&apos;t be read (%1)</source>
        <translation>het kan niet worden gelezen (%1)</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="66"/>
        <source>its header is cut short</source>
        <translation>de kop is afgekapt</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="67"/>
        <source>its header is not a SQLite journal header</source>
        <translation>de kop is geen SQLite-transactiekop</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="68"/>
        <source>its header checksum does not match</source>
        <translation>de controlesom van de kop klopt niet</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="69"/>
        <source>its page size does not match the log&apos;s</source>
        <translation>de paginagrootte past niet bij die van het logboek</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="70"/>
        <source>its page size is not valid</source>
        <translation>de paginagrootte is ongeldig</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="71"/>
        <source>a committed change in it fails its checksum</source>
        <translation>een vastgelegde wijziging erin heeft een onjuiste controlesom</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="72"/>
        <source>committed changes in it follow a frame that fails its checksum</source>
        <translation>er volgen vastgelegde wijzigingen op een blok met een onjuiste controlesom</translation>
    </message>
</context>
<context>
    <name>LogWords</name>
    <message>
        <location filename="../app/shown_words.py" line="15"/>
        <source>heavy</source>
        <translation>zwaar</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="16"/>
        <source>low</source>
        <translation>somber</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="17"/>
        <source>okay</source>
        <translation>oké</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="18"/>
        <source>good</source>
        <translation>goed</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="19"/>
        <source>bright</source>
        <translation>opgewekt</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="20"/>
        <source>calm</source>
        <translation>kalm</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="21"/>
        <source>content</source>
        <translation>tevreden</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="22"/>
        <source>grateful</source>
        <translation>dankbaar</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="23"/>
        <source>tender</source>
        <translation>geraakt</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="24"/>
        <source>hopeful</source>
        <translation>hoopvol</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="25"/>
        <source>tired</source>
        <translation>moe</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="26"/>
        <source>restless</source>
        <translation>onrustig</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="27"/>
        <source>anxious</source>
        <translation>angstig</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="28"/>
        <source>sad</source>
        <translation>verdrietig</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="29"/>
        <source>irritable</source>
        <translation>prikkelbaar</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="30"/>
        <source>scattered</source>
        <translation>verstrooid</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="31"/>
        <source>numb</source>
        <translation>verdoofd</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/main_window.py" line="98"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="102"/>
        <source>About Anapana</source>
        <translation>Over Anapana</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="108"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="243"/>
        <location filename="../app/main_window.py" line="395"/>
        <source>No session called %1.</source>
        <translation>Er is geen sessie met de naam %1.</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="307"/>
        <source>The new session could not be made: %1</source>
        <translation>De nieuwe sessie kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="314"/>
        <source>Made %1. Open it in your text editor to change it.</source>
        <translation>%1 is gemaakt. Open het in je teksteditor om het te veranderen.</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="317"/>
        <source>Made %1: save it in your editor and it updates here.</source>
        <translation>%1 is gemaakt: bewaar het in je editor en het wordt hier bijgewerkt.</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="325"/>
        <source>The sessions folder could not be made: %1</source>
        <translation>De sessiemap kon niet worden gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="329"/>
        <source>Your sessions folder is %1</source>
        <translation>Je sessiemap is %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="333"/>
        <source>Open %1 in your text editor to change it.</source>
        <translation>Open %1 in je teksteditor om het te veranderen.</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="370"/>
        <source>The practice log can&apos;t be opened, so there is no history to show.</source>
        <translation>Het oefenlogboek kan niet worden geopend, dus er is geen geschiedenis om te tonen.</translation>
    </message>
</context>
<context>
    <name>MoodByPractice</name>
    <message>
        <location filename="../app/history/charts.py" line="191"/>
        <source>Mood change by practice</source>
        <translation>Verandering in stemming per oefening</translation>
    </message>
</context>
<context>
    <name>MoodChart</name>
    <message>
        <location filename="../app/history/charts.py" line="124"/>
        <source>Mood before and after, by month</source>
        <translation>Stemming vooraf en achteraf, per maand</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="132"/>
        <source>Before the session (dashed)</source>
        <translation>Voor de sessie (stippellijn)</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="133"/>
        <source>After the session</source>
        <translation>Na de sessie</translation>
    </message>
</context>
<context>
    <name>PacingFigure</name>
    <message>
        <location filename="../app/figure.py" line="73"/>
        <source>Breathing figure</source>
        <translation>Ademfiguur</translation>
    </message>
    <message>
        <location filename="../app/figure.py" line="75"/>
        <source>Swells as you breathe in and settles as you breathe out.</source>
        <translation>Zwelt aan als je inademt en zakt terug als je uitademt.</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <location filename="../app/plan_preview.py" line="70"/>
        <source>feet</source>
        <translation>voeten</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="71"/>
        <source>knees</source>
        <translation>knieën</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="72"/>
        <source>hips</source>
        <translation>heupen</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="73"/>
        <source>chest</source>
        <translation>borst</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="74"/>
        <source>head</source>
        <translation>hoofd</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="172"/>
        <source>Session preview</source>
        <translation>Voorbeeld van de sessie</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="243"/>
        <source>breaths / min</source>
        <translation>ademhalingen / min</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="244"/>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <location filename="../app/player_view.py" line="78"/>
        <source>Player</source>
        <translation>Speler</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="128"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="139"/>
        <source>Segment</source>
        <translation>Deel</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="142"/>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="150"/>
        <source>Session progress</source>
        <translation>Voortgang van de sessie</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="157"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="158"/>
        <source>Phase details</source>
        <translation>Details van de fase</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="159"/>
        <source>Body-scan step</source>
        <translation>Stap in de bodyscan</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="160"/>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="161"/>
        <source>Prompt</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="162"/>
        <source>Segment intro</source>
        <translation>Inleiding op dit deel</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="164"/>
        <source>Writing</source>
        <translation>Schrijven</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="165"/>
        <source>Your writing</source>
        <translation>Wat je schrijft</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="167"/>
        <source>Write whatever comes; no one else will read it. It is saved as you type, in this session&apos;s journal note.</source>
        <translation>Schrijf wat er maar opkomt; niemand anders leest het. Het wordt tijdens het typen opgeslagen, in de dagboeknotitie van deze sessie.</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="169"/>
        <source>Done writing</source>
        <translation>Klaar met schrijven</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="171"/>
        <source>Save, and go on to the next part (Ctrl+Enter)</source>
        <translation>Opslaan en naar het volgende deel gaan (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="176"/>
        <location filename="../app/player_view.py" line="515"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="176"/>
        <source>Pause or resume</source>
        <translation>Pauzeren of hervatten</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="177"/>
        <source>Pause or resume (Space)</source>
        <translation>Pauzeren of hervatten (Spatie)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="183"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="183"/>
        <source>Skip to the next part</source>
        <translation>Naar het volgende deel gaan</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="184"/>
        <source>Skip to the next part (→)</source>
        <translation>Naar het volgende deel gaan (→)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="185"/>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="186"/>
        <source>Go on when you are ready (Space or Enter)</source>
        <translation>Ga verder wanneer je wilt (Spatie of Enter)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="189"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="189"/>
        <source>Stop the session</source>
        <translation>De sessie stoppen</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="190"/>
        <source>Stop the session (Esc)</source>
        <translation>De sessie stoppen (Esc)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="192"/>
        <location filename="../app/player_view.py" line="630"/>
        <source>Mute</source>
        <translation>Dempen</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="192"/>
        <source>Mute sound</source>
        <translation>Geluid dempen</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="193"/>
        <source>Mute or unmute sound (M)</source>
        <translation>Geluid dempen of weer aanzetten (M)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="196"/>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="196"/>
        <source>Focus mode</source>
        <translation>Focusmodus</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="197"/>
        <source>Show only the figure, full screen (F11)</source>
        <translation>Alleen de figuur tonen, op volledig scherm (F11)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="488"/>
        <source>Take your time</source>
        <translation>Neem je tijd</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="490"/>
        <source>%1 left</source>
        <comment>time left in the session</comment>
        <translation>nog %1</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="497"/>
        <source>%1% done, %2</source>
        <translation>%1% gedaan, %2</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="515"/>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/player_view.py" line="526"/>
        <source>Settle in. Beginning in %n second(s)</source>
        <translation>
            <numerusform>Kom tot rust. Het begint over %n seconde</numerusform>
            <numerusform>Kom tot rust. Het begint over %n seconden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="529"/>
        <location filename="../app/player_view.py" line="551"/>
        <source>Settle in</source>
        <translation>Kom tot rust</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="531"/>
        <source>Paused. Press Space to resume</source>
        <translation>Gepauzeerd. Druk op de spatiebalk om te hervatten</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="533"/>
        <source>Resumed</source>
        <translation>Hervat</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="535"/>
        <source>Continue when you are ready: press Space or Enter</source>
        <translation>Ga verder wanneer je wilt: druk op de spatiebalk of Enter</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="537"/>
        <source>The session has ended. You practised for %1.</source>
        <translation>De sessie is afgelopen. Je hebt %1 geoefend.</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="539"/>
        <source>Session stopped. You practised for %1.</source>
        <translation>Sessie gestopt. Je hebt %1 geoefend.</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="551"/>
        <location filename="../app/player_view.py" line="555"/>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="552"/>
        <source>Beginning in %1</source>
        <translation>Begint over %1</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="555"/>
        <source>Press Space or Resume to go on</source>
        <translation>Druk op de spatiebalk of op Hervatten om verder te gaan</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="561"/>
        <source>%1 s</source>
        <comment>seconds left in a phase</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="564"/>
        <source>Next: %1</source>
        <translation>Hierna: %1</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="567"/>
        <location filename="../app/player_view.py" line="572"/>
        <source>Continue when you are ready</source>
        <translation>Ga verder wanneer je wilt</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="579"/>
        <source>breath %1 of %2</source>
        <translation>ademhaling %1 van %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/player_view.py" line="588"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n seconden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="589"/>
        <source>%1, %2</source>
        <comment>a phase and its length</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="630"/>
        <source>Unmute</source>
        <translation>Geluid aan</translation>
    </message>
</context>
<context>
    <name>PracticeTable</name>
    <message>
        <location filename="../app/history/table.py" line="31"/>
        <source>unknown date (damaged)</source>
        <translation>onbekende datum (beschadigd)</translation>
    </message>
    <message>
        <location filename="../app/history/table.py" line="49"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../app/history/table.py" line="49"/>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <location filename="../app/history/table.py" line="49"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../app/history/table.py" line="49"/>
        <source>How it ended</source>
        <translation>Afloop</translation>
    </message>
    <message>
        <location filename="../app/history/table.py" line="50"/>
        <source>Mood</source>
        <translation>Stemming</translation>
    </message>
    <message>
        <location filename="../app/history/table.py" line="50"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>RateBars</name>
    <message>
        <location filename="../app/heart_result.py" line="97"/>
        <source>Heart-rate swing at each pace</source>
        <translation>Schommeling van de hartslag bij elk tempo</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="115"/>
        <source>%1 a minute: %2</source>
        <comment>a breathing rate: the heart&apos;s swing at it</comment>
        <translation>%1 per minuut: %2</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="117"/>
        <source>no clear reading</source>
        <translation>geen duidelijke meting</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="118"/>
        <source>%1 beats a minute</source>
        <translation>%1 slagen per minuut</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="159"/>
        <source>%1 / min</source>
        <translation>%1 / min</translation>
    </message>
</context>
<context>
    <name>ReminderNote</name>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="45"/>
        <source>Anapana reminder</source>
        <translation>Herinnering van Anapana</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="51"/>
        <source>Begin</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="52"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="53"/>
        <source>Not today</source>
        <translation>Vandaag niet</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="54"/>
        <source>Offer this again in a little while</source>
        <translation>Over een poosje nog eens aanbieden</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="55"/>
        <source>No more reminders today</source>
        <translation>Vandaag geen herinneringen meer</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/reminder_note.py" line="74"/>
        <source>Offer this again in %n minute(s)</source>
        <translation>
            <numerusform>Over %n minuut nog eens aanbieden</numerusform>
            <numerusform>Over %n minuten nog eens aanbieden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <location filename="../app/desktop/reminder_service.py" line="173"/>
        <source>A quiet moment, if you&apos;d like one.</source>
        <translation>Een stil moment, als je wilt.</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_service.py" line="175"/>
        <source>%1 is here whenever you are.</source>
        <translation>%1 is er wanneer jij wilt.</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsPanel</name>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="62"/>
        <source>Offer gentle reminders to pause</source>
        <translation>Zachte herinneringen aanbieden om even te pauzeren</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="67"/>
        <source>Reminder times, separated by commas</source>
        <translation>Tijden van de herinneringen, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="78"/>
        <source>Session a reminder suggests</source>
        <translation>Sessie die een herinnering voorstelt</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="79"/>
        <source>Just open Anapana</source>
        <translation>Gewoon Anapana openen</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="88"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="90"/>
        <source>Later waits this many minutes</source>
        <translation>‘Later’ wacht zoveel minuten</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="93"/>
        <source>Quiet hours, from</source>
        <translation>Stille uren, van</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="101"/>
        <source>Quiet hours start</source>
        <translation>Begin van de stille uren</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="102"/>
        <source>Quiet hours end</source>
        <translation>Einde van de stille uren</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="106"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="111"/>
        <source>Reminders stay quiet while you practise. They only come while Anapana runs; starting it at login, in the tray, keeps them coming.</source>
        <translation>Herinneringen blijven stil terwijl je oefent. Ze komen alleen zolang Anapana draait; als je het bij het inloggen in het systeemvak laat starten, blijven ze komen.</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="116"/>
        <source>Keep Anapana in the tray when the window closes</source>
        <translation>Anapana in het systeemvak houden als het venster sluit</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="119"/>
        <source>Start Anapana quietly when I log in</source>
        <translation>Anapana rustig op de achtergrond starten als ik inlog</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="123"/>
        <source>At</source>
        <translation>Om</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="124"/>
        <source>On</source>
        <translation>Op</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="125"/>
        <source>Suggest</source>
        <translation>Voorstellen</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="126"/>
        <source>Later waits</source>
        <translation>‘Later’ wacht</translation>
    </message>
</context>
<context>
    <name>ResonanceReason</name>
    <message>
        <location filename="../hr/reason_text.py" line="14"/>
        <source>This session has no paced breathing to compare; the resonance assessment needs a session such as the resonance-rate finder.</source>
        <translation>Deze sessie heeft geen begeleid ademtempo om te vergelijken; de resonantiemeting heeft een sessie nodig zoals Vind je resonantietempo.</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="18"/>
        <source>No pace had enough clean heartbeats to compare (each needs the recording to cover it and at least %1 whole breaths after its first half minute).</source>
        <translation>Geen enkel tempo had genoeg zuivere hartslagen om te vergelijken (elk tempo moet door de opname gedekt zijn en minstens %1 hele ademhalingen hebben na de eerste halve minuut).</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="22"/>
        <source>Your heart rate did not clearly rise and fall with the breath at any pace this time, so there is no suggestion. Breathing along with the sound, sitting comfortably and a chest strap that sends every beat usually help.</source>
        <translation>Je hartslag ging deze keer bij geen enkel tempo duidelijk mee op en neer met de adem, dus er is geen voorstel. Meestal helpt het om met het geluid mee te ademen, comfortabel te zitten en een borstband te gebruiken die elke slag doorgeeft.</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="27"/>
        <source>Only %1 breaths a minute had enough heart data to measure, so it is the suggestion; a full run through every pace gives a surer answer.</source>
        <translation>Alleen %1 ademhalingen per minuut had genoeg hartgegevens om te meten, dus dat is het voorstel; een volledige ronde langs alle tempo’s geeft een zekerder antwoord.</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="31"/>
        <source>At %1 breaths a minute your heart showed %2 (%3).</source>
        <translation>Bij %1 ademhalingen per minuut liet je hart %2 zien (%3).</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="32"/>
        <source>At %1 breaths a minute your heart did best across the measures taken together (%2).</source>
        <translation>Bij %1 ademhalingen per minuut deed je hart het over alle metingen samen het best (%2).</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="35"/>
        <source>%1 beats a minute from peak to trough</source>
        <translation>%1 slagen per minuut van hoogste tot laagste punt</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="36"/>
        <source>%1 breaths a minute came very close, so either pace will serve you well.</source>
        <translation>%1 ademhalingen per minuut kwam heel dichtbij, dus beide tempo’s zijn goed voor je.</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="38"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="39"/>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="41"/>
        <source>the largest heart-rate swing with each breath</source>
        <translation>de grootste schommeling van de hartslag bij elke ademhaling</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="43"/>
        <source>the most low-frequency heart-rate variability</source>
        <translation>de meeste laagfrequente hartslagvariabiliteit</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="45"/>
        <source>the highest low-frequency peak</source>
        <translation>de hoogste laagfrequente piek</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="46"/>
        <source>heart rate rising and falling most steadily with the breath</source>
        <translation>een hartslag die het gelijkmatigst met de adem stijgt en daalt</translation>
    </message>
</context>
<context>
    <name>ResonanceResultView</name>
    <message>
        <location filename="../app/heart_result.py" line="27"/>
        <source>A practice aid, not a medical measurement: the pace that feels easiest is a fine choice too.</source>
        <translation>Een hulpmiddel bij het oefenen, geen medische meting: het tempo dat het makkelijkst voelt, is ook een prima keuze.</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="80"/>
        <source>The session could not be written: %1</source>
        <translation>De sessie kon niet worden weggeschreven: %1</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="86"/>
        <source>The session came out wrong and was not kept: %1</source>
        <translation>Bij het maken van de sessie ging iets mis; de sessie is niet bewaard: %1</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="178"/>
        <source>How your heart followed each pace</source>
        <translation>Hoe je hart elk tempo volgde</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="181"/>
        <source>The rise and fall of your heart rate with each breath, in beats a minute</source>
        <translation>Het stijgen en dalen van je hartslag bij elke ademhaling, in slagen per minuut</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="187"/>
        <source>Recommended pace</source>
        <translation>Aanbevolen tempo</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="192"/>
        <source>Why this pace</source>
        <translation>Waarom dit tempo</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="204"/>
        <location filename="../app/heart_result.py" line="206"/>
        <source>Create my resonance session</source>
        <translation>Mijn resonantiesessie maken</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="216"/>
        <location filename="../app/heart_result.py" line="217"/>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="247"/>
        <source>No clear resonance pace this time</source>
        <translation>Deze keer geen duidelijk resonantietempo</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="250"/>
        <source>Your resonance pace looks like %1 breaths a minute</source>
        <translation>Je resonantietempo lijkt %1 ademhalingen per minuut te zijn</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="273"/>
        <source>Made %1 in your sessions: it is in the library now, and you can open it in a text editor to change it.</source>
        <translation>%1 is aangemaakt bij je sessies: het staat nu in de bibliotheek, en je kunt het in een teksteditor openen om het aan te passen.</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <location filename="../app/session_flow.py" line="178"/>
        <location filename="../app/session_flow.py" line="193"/>
        <source>End the session?</source>
        <translation>Sessie beëindigen?</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="179"/>
        <source>You have practised for %1.</source>
        <translation>Je hebt %1 geoefend.</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="180"/>
        <source>End the session here? What you practised is kept.</source>
        <translation>De sessie hier beëindigen? Wat je hebt geoefend, blijft bewaard.</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="181"/>
        <location filename="../app/session_flow.py" line="197"/>
        <source>End session</source>
        <translation>Sessie beëindigen</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="182"/>
        <location filename="../app/session_flow.py" line="198"/>
        <source>Keep going</source>
        <translation>Verder oefenen</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="194"/>
        <source>This is the last part of the session.</source>
        <translation>Dit is het laatste deel van de sessie.</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="196"/>
        <source>Skipping it ends the session here. What you practised is kept.</source>
        <translation>Sla je het over, dan eindigt de sessie hier. Wat je hebt geoefend, blijft bewaard.</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="214"/>
        <source>The heart rate can&apos;t be shown this time (%1).</source>
        <translation>De hartslag kan deze keer niet worden getoond (%1).</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="264"/>
        <source>Made %1: it is in your library.</source>
        <translation>%1 is gemaakt: het staat in je bibliotheek.</translation>
    </message>
</context>
<context>
    <name>SessionTags</name>
    <message>
        <location filename="../app/tag_names.py" line="19"/>
        <source>assessment</source>
        <translation>meting</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="20"/>
        <source>body-scan</source>
        <translation>bodyscan</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="21"/>
        <source>breath</source>
        <translation>adem</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="22"/>
        <source>breath-hold</source>
        <translation>adem inhouden</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="23"/>
        <source>breathing</source>
        <translation>ademhaling</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="24"/>
        <source>calm</source>
        <translation>rust</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="25"/>
        <source>compassion</source>
        <translation>compassie</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="26"/>
        <source>emotions</source>
        <translation>emoties</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="27"/>
        <source>energy</source>
        <translation>energie</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="28"/>
        <source>evening</source>
        <translation>avond</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="29"/>
        <source>focus</source>
        <translation>focus</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="30"/>
        <source>hrv</source>
        <translation>HRV</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="31"/>
        <source>intention</source>
        <translation>intentie</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="32"/>
        <source>journaling</source>
        <translation>dagboek</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="33"/>
        <source>labelling</source>
        <translation>benoemen</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="34"/>
        <source>long</source>
        <translation>lang</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="35"/>
        <source>mbsr</source>
        <translation>MBSR</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="36"/>
        <source>meditation</source>
        <translation>meditatie</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="37"/>
        <source>metta</source>
        <translation>metta</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="38"/>
        <source>mindfulness</source>
        <translation>aandacht</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="39"/>
        <source>mood</source>
        <translation>stemming</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="40"/>
        <source>morning</source>
        <translation>ochtend</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="41"/>
        <source>pause</source>
        <translation>pauze</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="42"/>
        <source>rain</source>
        <translation>RAIN</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="43"/>
        <source>relaxation</source>
        <translation>ontspanning</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="44"/>
        <source>resonance</source>
        <translation>resonantie</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="45"/>
        <source>rounds</source>
        <translation>rondes</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="46"/>
        <source>self-compassion</source>
        <translation>zelfcompassie</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="47"/>
        <source>short</source>
        <translation>kort</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="48"/>
        <source>silence</source>
        <translation>stilte</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="49"/>
        <source>sleep</source>
        <translation>slaap</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="50"/>
        <source>timer</source>
        <translation>timer</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="51"/>
        <source>writing</source>
        <translation>schrijven</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/settings_dialog.py" line="29"/>
        <location filename="../app/settings_dialog.py" line="68"/>
        <source>Follow the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="30"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="31"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="32"/>
        <source>Circle</source>
        <translation>Cirkel</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="33"/>
        <source>Square (traces its sides, for box breathing)</source>
        <translation>Vierkant (volgt de zijden, voor vierkantademhaling)</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="35"/>
        <source>The session&apos;s own cues</source>
        <translation>De eigen signalen van de sessie</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="36"/>
        <source>Say in, hold, out</source>
        <translation>‘Adem in’, ‘houd vast’, ‘adem uit’ zeggen</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="37"/>
        <source>A distinct tone for in, hold and out</source>
        <translation>Een eigen toon voor inademen, vasthouden en uitademen</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="56"/>
        <location filename="../app/settings_dialog.py" line="57"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="60"/>
        <location filename="../app/settings_dialog.py" line="145"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="67"/>
        <source>Language of the app (after a restart)</source>
        <translation>Taal van de app (na opnieuw opstarten)</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="74"/>
        <source>The new language shows the next time Anapana starts.</source>
        <translation>De nieuwe taal verschijnt de volgende keer dat Anapana start.</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="80"/>
        <source>Figure style</source>
        <translation>Stijl van de figuur</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="87"/>
        <source>Reduce motion (the figure changes colour instead of size)</source>
        <translation>Minder beweging (de figuur verandert van kleur in plaats van grootte)</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="88"/>
        <source>Reduce motion</source>
        <translation>Minder beweging</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="93"/>
        <source>Lead-in before a session, in seconds</source>
        <translation>Aanloop voor een sessie, in seconden</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="96"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="100"/>
        <location filename="../app/settings_dialog.py" line="101"/>
        <source>Speak the guidance aloud</source>
        <translation>De begeleiding hardop uitspreken</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="105"/>
        <source>Following with eyes closed</source>
        <translation>Volgen met gesloten ogen</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="111"/>
        <location filename="../app/settings_dialog.py" line="132"/>
        <source>Voice</source>
        <translation>Stem</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="112"/>
        <source>The session&apos;s language (default)</source>
        <translation>De taal van de sessie (standaard)</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="125"/>
        <source>%1 volume</source>
        <translation>Volume: %1</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="131"/>
        <source>Eyes closed</source>
        <translation>Ogen dicht</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="133"/>
        <source>Natural voices…</source>
        <translation>Natuurlijke stemmen…</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="134"/>
        <source>Add, download and choose Piper voices</source>
        <translation>Piper-stemmen toevoegen, downloaden en kiezen</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="138"/>
        <location filename="../app/settings_dialog.py" line="139"/>
        <source>Announce each phase to screen readers</source>
        <translation>Elke fase aankondigen aan schermlezers</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="143"/>
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="146"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="148"/>
        <source>Figure</source>
        <translation>Figuur</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="150"/>
        <source>Practice</source>
        <translation>Oefenen</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="152"/>
        <source>Lead-in</source>
        <translation>Aanloop</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="153"/>
        <source>Sound</source>
        <translation>Geluid</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="155"/>
        <location filename="../app/settings_dialog.py" line="156"/>
        <source>Show the spoken words as captions</source>
        <translation>De gesproken woorden als ondertiteling tonen</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="160"/>
        <source>Accessibility</source>
        <translation>Toegankelijkheid</translation>
    </message>
</context>
<context>
    <name>SoundChannels</name>
    <message>
        <location filename="../sound/channels.py" line="16"/>
        <source>Breath cues</source>
        <translation>Ademsignalen</translation>
    </message>
    <message>
        <location filename="../sound/channels.py" line="17"/>
        <source>Bells</source>
        <translation>Bellen</translation>
    </message>
    <message>
        <location filename="../sound/channels.py" line="18"/>
        <source>Voice</source>
        <translation>Stem</translation>
    </message>
</context>
<context>
    <name>SoundLayer</name>
    <message>
        <location filename="../app/sound_sink.py" line="261"/>
        <source>A spoken line could not be rendered — its words are shown instead</source>
        <translation>Een gesproken zin kon niet worden gemaakt — de woorden staan in plaats daarvan op het scherm</translation>
    </message>
</context>
<context>
    <name>SoundNotices</name>
    <message>
        <location filename="../sound/output.py" line="28"/>
        <source>No sound device found — cues are off</source>
        <translation>Geen geluidsapparaat gevonden — de klanken blijven stil</translation>
    </message>
    <message>
        <location filename="../sound/speech.py" line="30"/>
        <source>Spoken guidance is not available here — the words are shown instead</source>
        <translation>Gesproken begeleiding is hier niet beschikbaar — de woorden worden in plaats daarvan getoond</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../app/background_task.py" line="79"/>
        <source>Something went wrong: %1</source>
        <translation>Er ging iets mis: %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../app/desktop/tray.py" line="45"/>
        <source>Open Anapana</source>
        <translation>Anapana openen</translation>
    </message>
    <message>
        <location filename="../app/desktop/tray.py" line="46"/>
        <location filename="../app/desktop/tray.py" line="83"/>
        <source>Pause reminders for today</source>
        <translation>Herinneringen pauzeren voor vandaag</translation>
    </message>
    <message>
        <location filename="../app/desktop/tray.py" line="48"/>
        <source>About Anapana</source>
        <translation>Over Anapana</translation>
    </message>
    <message>
        <location filename="../app/desktop/tray.py" line="49"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../app/desktop/tray.py" line="82"/>
        <source>Resume reminders today</source>
        <translation>Herinneringen vandaag hervatten</translation>
    </message>
</context>
<context>
    <name>VoiceErrors</name>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="121"/>
        <source>a file path must be a short text</source>
        <translation>een bestandspad moet een korte tekst zijn</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="124"/>
        <source>the file path %1 is nested too deeply</source>
        <translation>het bestandspad %1 is te diep genest</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="128"/>
        <source>the file path %1 could leave the voices folder (only plain names separated by / are allowed)</source>
        <translation>het bestandspad %1 zou buiten de stemmenmap kunnen gaan (alleen eenvoudige namen gescheiden door / zijn toegestaan)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="136"/>
        <source>%1: an object with size_bytes and md5_digest expected</source>
        <translation>%1: een object met size_bytes en md5_digest verwacht</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="140"/>
        <source>%1: size_bytes must be a whole number from 1 to %2</source>
        <translation>%1: size_bytes moet een geheel getal van 1 tot %2 zijn</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="145"/>
        <source>%1: md5_digest must be 32 hexadecimal digits</source>
        <translation>%1: md5_digest moet uit 32 hexadecimale cijfers bestaan</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="153"/>
        <source>&apos;language&apos; must be an object with a code</source>
        <translation>&apos;language&apos; moet een object met een code zijn</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="158"/>
        <source>language.code must be a language tag such as en_US</source>
        <translation>language.code moet een taalcode zijn, zoals en_US</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="170"/>
        <source>the voice&apos;s name has characters other than letters, digits, _ . -</source>
        <translation>de naam van de stem bevat andere tekens dan letters, cijfers, _ . -</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="173"/>
        <source>an object expected</source>
        <translation>een object verwacht</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="177"/>
        <source>quality must be one of %1</source>
        <translation>quality moet een van deze waarden zijn: %1</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="184"/>
        <source>num_speakers must be a whole number from 1</source>
        <translation>num_speakers moet een geheel getal vanaf 1 zijn</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="188"/>
        <source>&apos;files&apos; must be an object of path → size and digest</source>
        <translation>&apos;files&apos; moet een object van pad → grootte en controlesom zijn</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="191"/>
        <source>more than %1 files</source>
        <translation>meer dan %1 bestanden</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="205"/>
        <source>the files %1.onnx and %1.onnx.json must both be listed</source>
        <translation>de bestanden %1.onnx en %1.onnx.json moeten allebei vermeld zijn</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="220"/>
        <source>%1: a JSON object of voices expected at the top</source>
        <translation>%1: bovenaan een JSON-object met stemmen verwacht</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="223"/>
        <source>%1: more than %2 voices; refusing to read it</source>
        <translation>%1: meer dan %2 stemmen; het bestand wordt niet gelezen</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="231"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="235"/>
        <source>%1: no voice in it can be used (%2)</source>
        <translation>%1: geen enkele stem erin is bruikbaar (%2)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="237"/>
        <source>%1: no voice in it can be used</source>
        <translation>%1: geen enkele stem erin is bruikbaar</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="55"/>
        <source>The download was cancelled; it can continue later.</source>
        <translation>De download is geannuleerd; hij kan later verdergaan.</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="105"/>
        <source>%1 is not an http:// or https:// address</source>
        <translation>%1 is geen http://- of https://-adres</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="108"/>
        <source>%1: a catalogue address has no ?query or #fragment</source>
        <translation>%1: een catalogusadres heeft geen ?query of #fragment</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="123"/>
        <source>the server sent the request on to an address that is not http(s) or that drops https; refused</source>
        <translation>de server stuurde het verzoek door naar een adres dat geen http(s) is of https laat vallen; geweigerd</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="126"/>
        <source>the server answered %1 %2</source>
        <translation>de server antwoordde %1 %2</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="131"/>
        <source>the address could not be found (are you offline?)</source>
        <translation>het adres is niet gevonden (ben je offline?)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="133"/>
        <source>could not connect (%1)</source>
        <translation>kon geen verbinding maken (%1)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="136"/>
        <source>the server stopped answering</source>
        <translation>de server antwoordt niet meer</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="138"/>
        <source>the connection dropped</source>
        <translation>de verbinding is verbroken</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="150"/>
        <source>%1: %2 bytes is too large (at most %3)</source>
        <translation>%1: %2 bytes is te groot (hoogstens %3)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="163"/>
        <source>%1: larger than %2 bytes; refused</source>
        <translation>%1: groter dan %2 bytes; geweigerd</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="171"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="211"/>
        <source>%1: the server resumed at the wrong place; starting over next time</source>
        <translation>%1: de server ging op de verkeerde plek verder; de volgende keer begint het opnieuw</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="218"/>
        <source>%1: unexpected answer %2</source>
        <translation>%1: onverwacht antwoord %2</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="222"/>
        <source>%1: the server offers %2 bytes but the catalogue says %3; refused</source>
        <translation>%1: de server biedt %2 bytes aan, maar de catalogus noemt %3; geweigerd</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="237"/>
        <source>%1: more than the %2 bytes the catalogue promised; refused</source>
        <translation>%1: meer dan de %2 bytes die de catalogus belooft; geweigerd</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="278"/>
        <source>it ended early</source>
        <translation>hij stopte te vroeg</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="279"/>
        <source>%1: stopped at %2 of %3 bytes (%4). Try again later: it continues where it stopped.</source>
        <translation>%1: gestopt bij %2 van %3 bytes (%4). Probeer het later nog eens: hij gaat verder waar hij gebleven was.</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="284"/>
        <source>%1: the file&apos;s checksum does not match the catalogue&apos;s, so it was not installed (it may be damaged or altered).</source>
        <translation>%1: de controlesom van het bestand komt niet overeen met die van de catalogus, dus het is niet geïnstalleerd (het is misschien beschadigd of gewijzigd).</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="307"/>
        <source>%1: the model card does not match the catalogue&apos;s checksum</source>
        <translation>%1: de modelkaart komt niet overeen met de controlesom van de catalogus</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="61"/>
        <source>%1 is not a number JSON allows</source>
        <translation>%1 is geen getal dat JSON toestaat</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="69"/>
        <source>the key %1 appears twice</source>
        <translation>de sleutel %1 komt twee keer voor</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="123"/>
        <source>%1: %2 bytes is too large (at most %3 expected)</source>
        <translation>%1: %2 bytes is te groot (hoogstens %3 verwacht)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="129"/>
        <source>%1: byte %2 is not UTF-8 text (JSON expected)</source>
        <translation>%1: byte %2 is geen UTF-8-tekst (JSON verwacht)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="138"/>
        <source>%1:%2:%3: not valid JSON (%4)</source>
        <translation>%1:%2:%3: geen geldige JSON (%4)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="143"/>
        <source>%1: not usable JSON (%2)</source>
        <translation>%1: onbruikbare JSON (%2)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="152"/>
        <source>%1: nested more than %2 levels deep</source>
        <translation>%1: meer dan %2 niveaus diep genest</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="162"/>
        <source>%1: there is no such file (%2 expected)</source>
        <translation>%1: dit bestand bestaat niet (%2 verwacht)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="167"/>
        <source>%1: is a symbolic link; please choose the file itself</source>
        <translation>%1: is een symbolische koppeling; kies alsjeblieft het bestand zelf</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="176"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kan niet worden gelezen (%2)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="182"/>
        <source>%1: is not a regular file (%2 expected)</source>
        <translation>%1: is geen gewoon bestand (%2 verwacht)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="191"/>
        <source>%1: %2 bytes is too large for %3 (at most %4)</source>
        <translation>%1: %2 bytes is te groot voor %3 (hoogstens %4)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="198"/>
        <location filename="../sound/tts/voice_store.py" line="377"/>
        <source>%1: cannot be opened (%2)</source>
        <translation>%1: kan niet worden geopend (%2)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="206"/>
        <source>%1: grew past %2 bytes while being read</source>
        <translation>%1: groeide tijdens het lezen voorbij %2 bytes</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="219"/>
        <source>%1: only %2 bytes, too small to be a voice model</source>
        <translation>%1: maar %2 bytes, te klein voor een stemmodel</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="223"/>
        <source>%1: %2 bytes is larger than any voice (at most %3)</source>
        <translation>%1: %2 bytes is groter dan welke stem ook (hoogstens %3)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="227"/>
        <source>%1: does not look like an ONNX model (.onnx expected)</source>
        <translation>%1: lijkt niet op een ONNX-model (.onnx verwacht)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="234"/>
        <source>an .onnx voice model</source>
        <translation>een .onnx-stemmodel</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="247"/>
        <source>%1: the key %2 is missing (%3 expected)</source>
        <translation>%1: de sleutel %2 ontbreekt (%3 verwacht)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="252"/>
        <source>%1: %2 is %3, %4 expected</source>
        <translation>%1: %2 is %3, %4 verwacht</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="266"/>
        <source>%1: a JSON object expected at the top</source>
        <translation>%1: bovenaan een JSON-object verwacht</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="268"/>
        <source>a whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="270"/>
        <source>an object with sample_rate</source>
        <translation>een object met sample_rate</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="273"/>
        <source>%1: audio.sample_rate %2 is outside 8000–48000 Hz</source>
        <translation>%1: audio.sample_rate %2 ligt buiten 8000–48000 Hz</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="277"/>
        <source>%1: audio.quality %2 is not one of %3</source>
        <translation>%1: audio.quality %2 is geen van deze waarden: %3</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="281"/>
        <source>an object of phoneme → ids</source>
        <translation>een object van foneem → id&apos;s</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="283"/>
        <source>%1: phoneme_id_map must hold 1 to 4096 phonemes</source>
        <translation>%1: phoneme_id_map moet 1 tot 4096 fonemen bevatten</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="287"/>
        <source>%1: phoneme_id_map has no %2 (sentence start, pause and end markers expected)</source>
        <translation>%1: phoneme_id_map heeft geen %2 (markeringen voor zinsbegin, pauze en einde verwacht)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="294"/>
        <source>%1: phoneme_id_map[%2] must be a list of small whole numbers</source>
        <translation>%1: phoneme_id_map[%2] moet een lijst van kleine gehele getallen zijn</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="299"/>
        <source>%1: &apos;espeak&apos; must be an object with a voice</source>
        <translation>%1: &apos;espeak&apos; moet een object met een voice zijn</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="303"/>
        <source>%1: espeak.voice must be a short text</source>
        <translation>%1: espeak.voice moet een korte tekst zijn</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="309"/>
        <source>%1: phoneme_type %2 is not supported here (%3 or %4 expected)</source>
        <translation>%1: phoneme_type %2 wordt hier niet ondersteund (%3 of %4 verwacht)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="313"/>
        <source>%1: espeak.voice is missing (an espeak-ng voice expected)</source>
        <translation>%1: espeak.voice ontbreekt (een espeak-ng-stem verwacht)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="317"/>
        <source>%1: num_symbols %2 is outside 1–65536</source>
        <translation>%1: num_symbols %2 ligt buiten 1–65536</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="322"/>
        <source>%1: num_speakers must be a whole number from 1</source>
        <translation>%1: num_speakers moet een geheel getal vanaf 1 zijn</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="326"/>
        <source>%1: &apos;inference&apos; must be an object</source>
        <translation>%1: &apos;inference&apos; moet een object zijn</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="330"/>
        <source>%1: inference.length_scale must be a number from 0.1 to 10</source>
        <translation>%1: inference.length_scale moet een getal van 0,1 tot 10 zijn</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="338"/>
        <source>%1: language code %2 is not a language tag</source>
        <translation>%1: de taalcode %2 is geen geldige taalcode</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="58"/>
        <source>Not stated — check where the voice came from</source>
        <translation>Niet vermeld — kijk waar de stem vandaan komt</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="109"/>
        <source>The voice %1 is not installed.</source>
        <translation>De stem %1 is niet geïnstalleerd.</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="113"/>
        <source>%1 is not a voice name</source>
        <translation>%1 is geen stemnaam</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="116"/>
        <source>voice settings</source>
        <translation>steminstellingen</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="117"/>
        <source>a model card</source>
        <translation>een modelkaart</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="189"/>
        <source>%1: not a voice folder name</source>
        <translation>%1: geen naam van een stemmap</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="194"/>
        <source>voice settings (.onnx.json)</source>
        <translation>steminstellingen (.onnx.json)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="201"/>
        <source>voice details</source>
        <translation>gegevens van de stem</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="239"/>
        <source>voice choices</source>
        <translation>de gekozen stemmen</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="331"/>
        <source>%1: please choose the voice&apos;s .onnx file</source>
        <translation>%1: kies alsjeblieft het .onnx-bestand van de stem</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="335"/>
        <source>%1: the name may hold only letters, digits, _ . and - (rename the .onnx and .onnx.json files, keeping them alike)</source>
        <translation>%1: de naam mag alleen letters, cijfers, _ . en - bevatten (geef het .onnx- en het .onnx.json-bestand dezelfde nieuwe naam)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="340"/>
        <source>the voice&apos;s settings (.onnx.json, next to the .onnx)</source>
        <translation>de instellingen van de stem (.onnx.json, naast de .onnx)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="367"/>
        <source>%1: the voice could not be read back after copying</source>
        <translation>%1: de stem kon na het kopiëren niet opnieuw worden gelezen</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="424"/>
        <source>There is not enough free space for %1: it needs %2 MB and %3 MB are free in %4.</source>
        <translation>Er is niet genoeg vrije ruimte voor %1: de stem heeft %2 MB nodig en in %4 is %3 MB vrij.</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="452"/>
        <source>The downloaded voice is not usable: %1</source>
        <translation>De gedownloade stem is niet bruikbaar: %1</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="474"/>
        <source>%1: could not be read back after installing</source>
        <translation>%1: kon na het installeren niet opnieuw worden gelezen</translation>
    </message>
</context>
<context>
    <name>VoiceManager</name>
    <message>
        <location filename="../app/voice_manager.py" line="68"/>
        <source>Voice</source>
        <translation>Stem</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="69"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="70"/>
        <source>Quality</source>
        <translation>Kwaliteit</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="71"/>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="72"/>
        <source>Speaks</source>
        <translation>Spreekt</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="83"/>
        <location filename="../app/voice_manager.py" line="84"/>
        <source>Natural voices</source>
        <translation>Natuurlijke stemmen</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="87"/>
        <source>Natural voices (Piper) speak the guidance on this computer, without the internet. Each voice was made from someone&apos;s recordings and has its own licence, shown here.</source>
        <translation>Natuurlijke stemmen (Piper) spreken de begeleiding uit op deze computer, zonder internet. Elke stem is gemaakt van de opnamen van iemand en heeft een eigen licentie, die hier staat.</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="95"/>
        <source>Installed voices</source>
        <translation>Geïnstalleerde stemmen</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="106"/>
        <source>Voice manager status</source>
        <translation>Status van het stembeheer</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="108"/>
        <source>Add a voice…</source>
        <translation>Een stem toevoegen…</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="110"/>
        <source>Import a Piper voice (.onnx with its .onnx.json) from a folder</source>
        <translation>Een Piper-stem (.onnx met de bijbehorende .onnx.json) uit een map importeren</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="112"/>
        <source>Download…</source>
        <translation>Downloaden…</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="113"/>
        <source>Choose a voice from Piper&apos;s voices catalogue</source>
        <translation>Een stem kiezen uit de stemmencatalogus van Piper</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="115"/>
        <location filename="../app/voice_manager.py" line="188"/>
        <source>Use for its language</source>
        <translation>Gebruiken voor de eigen taal</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="117"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="144"/>
        <source>Piper is not installed, so these voices stay silent and espeak-ng speaks instead. Install Anapana with its `voice` extra to hear them.</source>
        <translation>Piper is niet geïnstalleerd, dus deze stemmen blijven stil en espeak-ng spreekt in hun plaats. Installeer Anapana met de extra `voice` om ze te horen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/voice_manager.py" line="147"/>
        <source>%n voice folder(s) could not be used: %1</source>
        <translation>
            <numerusform>%n stemmap kon niet worden gebruikt: %1</numerusform>
            <numerusform>%n stemmappen konden niet worden gebruikt: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="159"/>
        <source>%1 (your choice)</source>
        <translation>%1 (jouw keuze)</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="160"/>
        <source>%1 (automatically)</source>
        <translation>%1 (automatisch)</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="173"/>
        <source>No natural voice is installed yet: add one you have, or download one.</source>
        <translation>Er is nog geen natuurlijke stem geïnstalleerd: voeg er een toe die je hebt, of download er een.</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="190"/>
        <source>Choose automatically for %1</source>
        <translation>Automatisch kiezen voor %1</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="193"/>
        <source>Use for %1</source>
        <translation>Gebruiken voor %1</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="198"/>
        <source>Add a Piper voice</source>
        <translation>Een Piper-stem toevoegen</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="198"/>
        <source>Piper voices (*.onnx)</source>
        <translation>Piper-stemmen (*.onnx)</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="219"/>
        <source>Adding %1…</source>
        <translation>%1 toevoegen…</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="225"/>
        <source>%1 was added. Licence: %2</source>
        <translation>%1 is toegevoegd. Licentie: %2</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="232"/>
        <source>This voice could not be added. %1</source>
        <translation>Deze stem kon niet worden toegevoegd. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="255"/>
        <source>The choice could not be saved. %1</source>
        <translation>De keuze kon niet worden opgeslagen. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="260"/>
        <source>Anapana will pick the best installed voice for %1.</source>
        <translation>Anapana kiest de beste geïnstalleerde stem voor %1.</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="261"/>
        <source>%1 will speak %2.</source>
        <translation>%1 is nu de stem voor %2.</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="268"/>
        <source>Remove this voice?</source>
        <translation>Deze stem verwijderen?</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="269"/>
        <source>Remove %1 (%2)? You can add or download it again later.</source>
        <translation>%1 (%2) verwijderen? Je kunt de stem later opnieuw toevoegen of downloaden.</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="275"/>
        <source>The voice could not be removed. %1</source>
        <translation>De stem kon niet worden verwijderd. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="278"/>
        <source>%1 was removed.</source>
        <translation>%1 is verwijderd.</translation>
    </message>
</context>
<context>
    <name>WeeksChart</name>
    <message>
        <location filename="../app/history/charts.py" line="86"/>
        <source>Minutes per week</source>
        <translation>Minuten per week</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="113"/>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="115"/>
        <source>Minutes practised in a week</source>
        <translation>Minuten geoefend in een week</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../app/words.py" line="16"/>
        <source>Breathe in</source>
        <translation>Adem in</translation>
    </message>
    <message>
        <location filename="../app/words.py" line="17"/>
        <location filename="../app/words.py" line="19"/>
        <source>Hold</source>
        <translation>Houd vast</translation>
    </message>
    <message>
        <location filename="../app/words.py" line="18"/>
        <source>Breathe out</source>
        <translation>Adem uit</translation>
    </message>
    <message>
        <location filename="../app/words.py" line="20"/>
        <source>Sit quietly</source>
        <translation>Zit stil</translation>
    </message>
    <message>
        <location filename="../app/words.py" line="62"/>
        <source>%1 %2</source>
        <comment>a time practised: minutes, then seconds</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/words.py" line="72"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/words.py" line="77"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n seconden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/words.py" line="81"/>
        <source>Thank you for taking this time.</source>
        <translation>Dank je dat je deze tijd hebt genomen.</translation>
    </message>
    <message>
        <location filename="../app/words.py" line="85"/>
        <source>Every moment of practice counts.</source>
        <translation>Elk moment van oefenen telt.</translation>
    </message>
    <message>
        <location filename="../app/words.py" line="102"/>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 u</translation>
    </message>
    <message>
        <location filename="../app/words.py" line="105"/>
        <source>%1 min</source>
        <comment>minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../app/words.py" line="108"/>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
</context>
</TS>
