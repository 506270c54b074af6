<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/desktop/about.py" line="31"/>
        <source>Anapana is a practice aid, not therapy and not a medical device. If things feel heavy, or breathing exercises leave you dizzy or uneasy, stop and breathe normally; and please reach out to someone you trust, your doctor or a mental health professional. You deserve that support. If you might be in danger or are thinking of harming yourself, please call your local emergency number or a crisis line now.</source>
        <translation>Anapana ist eine Übungshilfe, keine Therapie und kein Medizinprodukt. Wenn sich etwas schwer anfühlt oder dir bei Atemübungen schwindlig oder unwohl wird, hör auf und atme normal weiter; und wende dich bitte an einen Menschen, dem du vertraust, an deine Ärztin oder deinen Arzt oder an eine Fachperson für psychische Gesundheit. Du hast diese Unterstützung verdient. Wenn du in Gefahr sein könntest oder daran denkst, dir etwas anzutun, ruf bitte jetzt den Notruf oder ein Krisentelefon an.</translation>
    </message>
    <message>
        <location filename="../app/desktop/about.py" line="143"/>
        <source>About Anapana</source>
        <translation>Über Anapana</translation>
    </message>
    <message>
        <location filename="../app/desktop/about.py" line="147"/>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <location filename="../app/desktop/about.py" line="148"/>
        <source>Writing sessions</source>
        <translation>Sitzungen schreiben</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <location filename="../app/body_map.py" line="148"/>
        <source>feet</source>
        <translation>Füße</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="148"/>
        <source>lower legs</source>
        <translation>Unterschenkel</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="149"/>
        <source>knees</source>
        <translation>Knie</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="149"/>
        <source>thighs</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="150"/>
        <source>hips and pelvis</source>
        <translation>Hüften und Becken</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="150"/>
        <source>belly</source>
        <translation>Bauch</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="151"/>
        <source>chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="151"/>
        <source>back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="152"/>
        <source>hands</source>
        <translation>Hände</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="152"/>
        <source>arms</source>
        <translation>Arme</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="153"/>
        <source>shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="153"/>
        <source>neck and throat</source>
        <translation>Nacken und Hals</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="154"/>
        <source>face</source>
        <translation>Gesicht</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="154"/>
        <source>head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="155"/>
        <source>whole body</source>
        <translation>ganzer Körper</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="156"/>
        <source>foot</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="156"/>
        <source>lower leg</source>
        <translation>Unterschenkel</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="157"/>
        <source>knee</source>
        <translation>Knie</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="157"/>
        <source>thigh</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="158"/>
        <source>hip</source>
        <translation>Hüfte</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="158"/>
        <source>hand</source>
        <translation>Hand</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="159"/>
        <source>arm</source>
        <translation>Arm</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="159"/>
        <source>shoulder</source>
        <translation>Schulter</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="160"/>
        <source>side of the body</source>
        <translation>Körperseite</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="185"/>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="257"/>
        <source> and </source>
        <comment>between area names</comment>
        <translation> und </translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="261"/>
        <source>left %1</source>
        <translation>%1 links</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="261"/>
        <source>right %1</source>
        <translation>%1 rechts</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="265"/>
        <source>An outline of a body.</source>
        <translation>Der Umriss eines Körpers.</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="267"/>
        <source>An outline of a body, all of it lit.</source>
        <translation>Der Umriss eines Körpers, ganz erhellt.</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="269"/>
        <source>An outline of a body with the %1 lit.</source>
        <translation>Der Umriss eines Körpers, erhellt: %1.</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="272"/>
        <source>%1 Next: %2.</source>
        <comment>the body map&apos;s description, then the next areas</comment>
        <translation>%1 Als Nächstes: %2.</translation>
    </message>
</context>
<context>
    <name>BreathCurve</name>
    <message>
        <location filename="../app/breath_curve.py" line="68"/>
        <source>Breath curve</source>
        <translation>Atemkurve</translation>
    </message>
    <message>
        <location filename="../app/breath_curve.py" line="69"/>
        <source>The breath over the last few seconds and the next twenty.</source>
        <translation>Der Atem der letzten Sekunden und der nächsten zwanzig.</translation>
    </message>
</context>
<context>
    <name>CaptionView</name>
    <message>
        <location filename="../app/caption.py" line="34"/>
        <source>Caption</source>
        <translation>Untertitel</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <location filename="../app/checkin.py" line="37"/>
        <source>How are you arriving?</source>
        <translation>Wie kommst du gerade an?</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="38"/>
        <source>How do you feel now?</source>
        <translation>Wie fühlst du dich jetzt?</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="48"/>
        <source>Thank you for noticing how you are. You don&apos;t have to carry it alone: &lt;a href=&quot;care&quot;&gt;where to find support&lt;/a&gt;.</source>
        <translation>Danke, dass du wahrnimmst, wie es dir geht. Du musst das nicht allein tragen: &lt;a href=&quot;care&quot;&gt;Hier findest du Unterstützung&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="64"/>
        <source>Where to find support</source>
        <translation>Wo du Unterstützung findest</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="129"/>
        <source>Pick what fits, if anything. Nothing here is right or wrong.</source>
        <translation>Wähl aus, was passt – falls etwas passt. Hier gibt es kein Richtig oder Falsch.</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="139"/>
        <source>%1 (key %2)</source>
        <translation>%1 (Taste %2)</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="143"/>
        <source>Mood %1 of 5, key %1. %2</source>
        <translation>Stimmung %1 von 5, Taste %1. %2</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="150"/>
        <source>Any feelings here? (optional)</source>
        <translation>Sind gerade Gefühle da? (optional)</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="157"/>
        <source>A feeling, optional</source>
        <translation>Ein Gefühl, optional</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="165"/>
        <source>Skip (Esc)</source>
        <translation>Überspringen (Esc)</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="166"/>
        <source>Save (Enter)</source>
        <translation>Speichern (Eingabetaste)</translation>
    </message>
</context>
<context>
    <name>CompletionView</name>
    <message>
        <location filename="../app/completion.py" line="55"/>
        <source>Back to the library</source>
        <translation>Zurück zur Bibliothek</translation>
    </message>
    <message>
        <location filename="../app/completion.py" line="81"/>
        <source>You practised for %1.</source>
        <translation>Du hast %1 geübt.</translation>
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <location filename="../app/desktop/integration.py" line="165"/>
        <source>Still here in the tray, whenever you&apos;d like it.</source>
        <translation>Weiterhin hier im Infobereich, wann immer du magst.</translation>
    </message>
</context>
<context>
    <name>DownloadDialog</name>
    <message>
        <location filename="../app/voice_download_dialog.py" line="67"/>
        <location filename="../app/voice_download_dialog.py" line="68"/>
        <source>Download a voice</source>
        <translation>Eine Stimme herunterladen</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="78"/>
        <source>Catalogue address</source>
        <translation>Adresse des Katalogs</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="79"/>
        <source>Load the list</source>
        <translation>Liste laden</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="82"/>
        <location filename="../app/voice_download_dialog.py" line="120"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="85"/>
        <source>Voices in the catalogue</source>
        <translation>Stimmen im Katalog</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="92"/>
        <source>The voice&apos;s model card, with its licence</source>
        <translation>Die Modellkarte der Stimme, mit ihrer Lizenz</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="94"/>
        <source>Choose a voice to read where it comes from and its licence.</source>
        <translation>Wähl eine Stimme, um zu lesen, woher sie stammt und unter welcher Lizenz sie steht.</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="96"/>
        <source>I have read this voice&apos;s licence and accept it</source>
        <translation>Ich habe die Lizenz dieser Stimme gelesen und akzeptiere sie</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="97"/>
        <source>Accept the voice&apos;s licence</source>
        <translation>Lizenz der Stimme akzeptieren</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="100"/>
        <source>Download progress</source>
        <translation>Fortschritt des Downloads</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="105"/>
        <source>Download status</source>
        <translation>Status des Downloads</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="107"/>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="109"/>
        <source>Cancel download</source>
        <translation>Download abbrechen</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="119"/>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="144"/>
        <source>The catalogue address is not usable: %1</source>
        <translation>Die Adresse des Katalogs lässt sich nicht verwenden: %1</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="147"/>
        <source>Fetching the list of voices…</source>
        <translation>Die Liste der Stimmen wird geladen …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/voice_download_dialog.py" line="161"/>
        <source>%n voice(s) in the catalogue.</source>
        <translation>
            <numerusform>%n Stimme im Katalog.</numerusform>
            <numerusform>%n Stimmen im Katalog.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="162"/>
        <source>%1 (%2 left out: their entries were malformed).</source>
        <comment>the number of voices, then how many were left out</comment>
        <translation>%1 (%2 ausgelassen: ihre Einträge waren fehlerhaft).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/voice_download_dialog.py" line="164"/>
        <source>%n voice(s) in the catalogue</source>
        <translation>
            <numerusform>%n Stimme im Katalog</numerusform>
            <numerusform>%n Stimmen im Katalog</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="178"/>
        <source>The list of voices could not be fetched. %1</source>
        <translation>Die Liste der Stimmen konnte nicht geladen werden. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="188"/>
        <source>%1 — %2, %3 quality, %4</source>
        <comment>voice name, language, quality (low, medium, high), size</comment>
        <translation>%1 – %2, Qualität %3, %4</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="193"/>
        <source>%1 (installed)</source>
        <translation>%1 (installiert)</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="213"/>
        <source>The catalogue gives no model card for this voice, so its licence is not known. Please check it before you use the voice.</source>
        <translation>Der Katalog nennt für diese Stimme keine Modellkarte, daher ist ihre Lizenz unbekannt. Bitte prüf sie, bevor du die Stimme verwendest.</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="217"/>
        <source>Reading this voice&apos;s licence…</source>
        <translation>Die Lizenz dieser Stimme wird gelesen …</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="240"/>
        <source>The licence could not be read. %1</source>
        <translation>Die Lizenz konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="245"/>
        <source>Licence: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="246"/>
        <source>The model card names no licence: please read it below.</source>
        <translation>Die Modellkarte nennt keine Lizenz: Bitte lies sie unten.</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="283"/>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen …</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="290"/>
        <source>Downloading %1… %2 of %3</source>
        <translation>%1 wird heruntergeladen … %2 von %3</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="302"/>
        <source>%1 is installed and ready to speak.</source>
        <translation>%1 ist installiert und bereit zu sprechen.</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="308"/>
        <source>The voice was not installed. %1</source>
        <translation>Die Stimme wurde nicht installiert. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="313"/>
        <source>Download cancelled. It continues where it stopped next time.</source>
        <translation>Download abgebrochen. Beim nächsten Mal geht er dort weiter, wo er aufgehört hat.</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="318"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <location filename="../app/library_view.py" line="142"/>
        <source>This file has a problem:</source>
        <translation>Diese Datei hat ein Problem:</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="143"/>
        <source>it could not be read</source>
        <translation>sie konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>HeartChart</name>
    <message>
        <location filename="../app/history/charts.py" line="156"/>
        <source>Heart rate and RMSSD by week</source>
        <translation>Herzfrequenz und RMSSD pro Woche</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="175"/>
        <source>Heart rate (beats a minute)</source>
        <translation>Herzfrequenz (Schläge pro Minute)</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="176"/>
        <source>RMSSD (ms, dashed)</source>
        <translation>RMSSD (ms, gestrichelt)</translation>
    </message>
</context>
<context>
    <name>HeartLive</name>
    <message>
        <location filename="../app/heart_live.py" line="271"/>
        <source>The heart recording could not be kept: the practice log isn&apos;t open.</source>
        <translation>Die Herzaufzeichnung konnte nicht gespeichert werden: Das Übungsprotokoll ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>HeartPanel</name>
    <message>
        <location filename="../app/heart_panel.py" line="31"/>
        <source>Looking for your heart-rate strap…</source>
        <translation>Dein Brustgurt wird gesucht …</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="33"/>
        <source>The strap can&apos;t feel your skin; a little moisture on it helps.</source>
        <translation>Der Brustgurt spürt deine Haut nicht; etwas Feuchtigkeit auf den Elektroden hilft.</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="35"/>
        <source>Heart signal lost for now; it will come back by itself.</source>
        <translation>Das Herzsignal ist gerade weg; es kommt von selbst zurück.</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="178"/>
        <source>Heart rate</source>
        <translation>Herzfrequenz</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="181"/>
        <source>Heart-rate swing of the last breath</source>
        <translation>Schwankung der Herzfrequenz beim letzten Atemzug</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="186"/>
        <source>Heart rate now</source>
        <translation>Herzfrequenz jetzt</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="190"/>
        <source>Heart signal</source>
        <translation>Herzsignal</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="236"/>
        <source>%1 beats a minute</source>
        <translation>%1 Schläge pro Minute</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="248"/>
        <source>strap battery %1 %</source>
        <translation>Akku des Brustgurts %1 %</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="264"/>
        <source>last breath&apos;s swing %1</source>
        <translation>Schwankung beim letzten Atemzug: %1</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="267"/>
        <source>How far your heart rate rose and fell over the last breath, in beats a minute</source>
        <translation>Wie weit deine Herzfrequenz beim letzten Atemzug gestiegen und gesunken ist, in Schlägen pro Minute</translation>
    </message>
</context>
<context>
    <name>HeartRateSettingsPanel</name>
    <message>
        <location filename="../app/heart_settings.py" line="32"/>
        <source>Heart-rate features (a live trace under the breath curve, and a measured resonance pace) need the optional Bluetooth and analysis packages. To enable them, install Anapana with its hr extra: pip install &apos;anapana[hr]&apos;</source>
        <translation>Die Herzfrequenz-Funktionen (eine Live-Kurve unter der Atemkurve und ein gemessenes Resonanztempo) brauchen die optionalen Pakete für Bluetooth und Analyse. Um sie zu aktivieren, installiere Anapana mit dem Extra „hr“: pip install &apos;anapana[hr]&apos;</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="61"/>
        <location filename="../app/heart_settings.py" line="63"/>
        <source>Heart rate</source>
        <translation>Herzfrequenz</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="71"/>
        <source>How to enable heart-rate features</source>
        <translation>So aktivierst du die Herzfrequenz-Funktionen</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="76"/>
        <location filename="../app/heart_settings.py" line="77"/>
        <source>Show my heart rate during sessions</source>
        <translation>Meine Herzfrequenz während der Sitzungen zeigen</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="81"/>
        <source>Chosen strap</source>
        <translation>Gewählter Brustgurt</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="84"/>
        <source>Straps found nearby</source>
        <translation>Brustgurte in der Nähe</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="85"/>
        <source>Find straps</source>
        <translation>Brustgurte suchen</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="86"/>
        <source>Find heart-rate straps nearby</source>
        <translation>Brustgurte in der Nähe suchen</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="88"/>
        <source>Use this strap</source>
        <translation>Diesen Brustgurt verwenden</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="90"/>
        <source>Forget</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="91"/>
        <source>Forget the chosen strap</source>
        <translation>Gewählten Brustgurt vergessen</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="124"/>
        <source>Strap: %1 (%2)</source>
        <translation>Brustgurt: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="124"/>
        <source>heart-rate strap</source>
        <translation>Brustgurt</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="127"/>
        <source>No strap chosen yet. Put it on (most straps wake with skin contact), then Find straps.</source>
        <translation>Noch kein Brustgurt gewählt. Leg ihn an (die meisten wachen bei Hautkontakt auf) und klick dann auf „Brustgurte suchen“.</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="138"/>
        <source>Looking for heart-rate straps nearby…</source>
        <translation>Brustgurte in der Nähe werden gesucht …</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="147"/>
        <source>Bluetooth didn&apos;t answer (%1).</source>
        <translation>Bluetooth hat nicht geantwortet (%1).</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="150"/>
        <source>Bluetooth didn&apos;t answer.</source>
        <translation>Bluetooth hat nicht geantwortet.</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="164"/>
        <source>Heart-rate strap</source>
        <translation>Brustgurt</translation>
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
        <translation>%1 Ist Bluetooth eingeschaltet?</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="173"/>
        <source>No strap answered. Wet the electrodes, put it on, and try again.</source>
        <translation>Kein Brustgurt hat geantwortet. Befeuchte die Elektroden, leg den Gurt an und versuch es noch einmal.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/heart_settings.py" line="175"/>
        <source>Found %n. Choose yours and press Use this strap.</source>
        <translation>
            <numerusform>%n gefunden. Wähl deinen und klick auf „Diesen Brustgurt verwenden“.</numerusform>
            <numerusform>%n gefunden. Wähl deinen und klick auf „Diesen Brustgurt verwenden“.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="184"/>
        <source>%1 will be used in your sessions.</source>
        <translation>%1 wird in deinen Sitzungen verwendet.</translation>
    </message>
</context>
<context>
    <name>HeartTrace</name>
    <message>
        <location filename="../app/heart_panel.py" line="69"/>
        <source>Heart-rate trace</source>
        <translation>Herzfrequenzkurve</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="70"/>
        <source>Your heart rate over the last breaths.</source>
        <translation>Deine Herzfrequenz während der letzten Atemzüge.</translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <location filename="../app/history/heatmap.py" line="24"/>
        <source>Days practised over the past year</source>
        <translation>Übungstage im vergangenen Jahr</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/history/heatmap.py" line="105"/>
        <source>%1: %Ln min</source>
        <translation>
            <numerusform>%1: %Ln Min.</numerusform>
            <numerusform>%1: %Ln Min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialogs</name>
    <message>
        <location filename="../app/history/dialogs.py" line="30"/>
        <source>Export your practice log</source>
        <translation>Dein Übungsprotokoll exportieren</translation>
    </message>
    <message>
        <location filename="../app/history/dialogs.py" line="32"/>
        <source>JSON (*.json);;CSV for spreadsheets (*.csv)</source>
        <translation>JSON (*.json);;CSV für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/history/dialogs.py" line="41"/>
        <source>Import a practice log export</source>
        <translation>Einen Export des Übungsprotokolls importieren</translation>
    </message>
    <message>
        <location filename="../app/history/dialogs.py" line="43"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/history/dialogs.py" line="50"/>
        <source>Delete all your data?</source>
        <translation>Alle deine Daten löschen?</translation>
    </message>
    <message>
        <location filename="../app/history/dialogs.py" line="51"/>
        <source>This deletes every practice, check-in and journal note, and the log&apos;s backup copies. It can&apos;t be undone. You may want to export first.</source>
        <translation>Damit werden alle Übungen, Check-ins und Tagebuchnotizen gelöscht, dazu die Sicherungskopien des Protokolls. Das lässt sich nicht rückgängig machen. Vielleicht möchtest du vorher exportieren.</translation>
    </message>
</context>
<context>
    <name>HistoryFiles</name>
    <message>
        <location filename="../app/history/files.py" line="48"/>
        <source>%1 is a link to another file; please choose another name.</source>
        <translation>%1 ist ein Verweis auf eine andere Datei; bitte wähle einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../app/history/files.py" line="52"/>
        <source>The export could not be written: %1.</source>
        <translation>Der Export konnte nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <location filename="../app/history/files.py" line="56"/>
        <source>Part of the log could not be read for the export (%1).</source>
        <translation>Ein Teil des Protokolls konnte für den Export nicht gelesen werden (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/history/files.py" line="59"/>
        <source>%Ln practice(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln Übung nach %1 exportiert.</numerusform>
            <numerusform>%Ln Übungen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/history/files.py" line="71"/>
        <source>%1 could not be imported: %2</source>
        <translation>%1 konnte nicht importiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/history/files.py" line="90"/>
        <source>Deleted %Ln practice(s) and every note.</source>
        <translation>
            <numerusform>%Ln Übung und alle Notizen gelöscht.</numerusform>
            <numerusform>%Ln Übungen und alle Notizen gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../app/history/page.py" line="21"/>
        <source>Back to the library</source>
        <translation>Zurück zur Bibliothek</translation>
    </message>
    <message>
        <location filename="../app/history/page.py" line="22"/>
        <source>Back to the library (Esc)</source>
        <translation>Zurück zur Bibliothek (Esc)</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../log/history_text.py" line="58"/>
        <source>No practices yet. Your history will grow here, one session at a time.</source>
        <translation>Noch keine Übungen. Dein Verlauf wächst hier, Sitzung für Sitzung.</translation>
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
            <numerusform>%Ln Sitzung</numerusform>
            <numerusform>%Ln Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="68"/>
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln Minute</numerusform>
            <numerusform>%Ln Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="69"/>
        <source>%Ln day(s) practised</source>
        <translation>
            <numerusform>%Ln Übungstag</numerusform>
            <numerusform>%Ln Übungstage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="74"/>
        <source>Days practised this month: %n</source>
        <translation>
            <numerusform>Übungstage in diesem Monat: %n</numerusform>
            <numerusform>Übungstage in diesem Monat: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="83"/>
        <source>How your mood moves will show here once you have checked in before and after a few sessions.</source>
        <translation>Wie sich deine Stimmung bewegt, siehst du hier, sobald du vor und nach ein paar Sitzungen einen Check-in gemacht hast.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="88"/>
        <source>Mood before → after: %1 (%2) → %3 (%4), %5 on average across %n session(s).</source>
        <translation>
            <numerusform>Stimmung vorher → nachher: %1 (%2) → %3 (%4), im Schnitt %5 aus %n Sitzung.</numerusform>
            <numerusform>Stimmung vorher → nachher: %1 (%2) → %3 (%4), im Schnitt %5 aus %n Sitzungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="101"/>
        <source>The last 30 days: %1 (the 30 days before: %2).</source>
        <translation>Die letzten 30 Tage: %1 (die 30 Tage davor: %2).</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="106"/>
        <source>The last 30 days: %1.</source>
        <translation>Die letzten 30 Tage: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="114"/>
        <source>%1 on average, %n session(s)</source>
        <translation>
            <numerusform>%1 im Schnitt, %n Sitzung</numerusform>
            <numerusform>%1 im Schnitt, %n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="116"/>
        <source>%1 from %n session(s), too few to say much yet</source>
        <translation>
            <numerusform>%1 aus %n Sitzung, noch zu wenig für eine Aussage</numerusform>
            <numerusform>%1 aus %n Sitzungen, noch zu wenig für eine Aussage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="123"/>
        <source>Once you check in before and after your sessions, this shows how your mood tends to change with each practice.</source>
        <translation>Wenn du vor und nach deinen Sitzungen einen Check-in machst, zeigt sich hier, wie sich deine Stimmung mit jeder Übung meist verändert.</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="127"/>
        <source>The average change in mood from before to after each practice, on the scale from heavy to bright.</source>
        <translation>Die durchschnittliche Veränderung der Stimmung von vorher zu nachher bei jeder Übung, auf der Skala von schwer bis heiter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="132"/>
        <source>This week so far: %Ln minute(s)</source>
        <translation>
            <numerusform>Diese Woche bisher: %Ln Minute</numerusform>
            <numerusform>Diese Woche bisher: %Ln Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="136"/>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="138"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="139"/>
        <source>ended early</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="140"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="141"/>
        <source>in progress</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="144"/>
        <source>%1 · imported copy</source>
        <translation>%1 · importierte Kopie</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="154"/>
        <source>Damaged in the log: %1</source>
        <translation>Im Protokoll beschädigt: %1</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../app/history/view.py" line="100"/>
        <source>Show days practised this month</source>
        <translation>Übungstage in diesem Monat zeigen</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="108"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="119"/>
        <source>The past year</source>
        <translation>Das vergangene Jahr</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="123"/>
        <source>Minutes per week</source>
        <translation>Minuten pro Woche</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="135"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="155"/>
        <source>Mood by practice</source>
        <translation>Stimmung nach Übung</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="161"/>
        <source>Heart rate and RMSSD, the mean of each week&apos;s practices with a heart signal</source>
        <translation>Herzfrequenz und RMSSD, der Mittelwert der Übungen jeder Woche mit Herzsignal</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="171"/>
        <source>Heart rate</source>
        <translation>Herzfrequenz</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="175"/>
        <source>Search sessions, notes and feelings</source>
        <translation>Sitzungen, Notizen und Gefühle durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="177"/>
        <source>Search your practices</source>
        <translation>Deine Übungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="192"/>
        <source>Practices</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="194"/>
        <source>Newest first. Arrow keys choose a practice; Tab goes on to its note.</source>
        <translation>Neueste zuerst. Mit den Pfeiltasten wählst du eine Übung; Tab führt weiter zu ihrer Notiz.</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="199"/>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="201"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="202"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="203"/>
        <source>Delete all my data…</source>
        <translation>Alle meine Daten löschen…</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="248"/>
        <source>Choose a practice to read or edit its note.</source>
        <translation>Wähle eine Übung, um ihre Notiz zu lesen oder zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="301"/>
        <location filename="../app/history/view.py" line="330"/>
        <source>Part of your practice log could not be read just now (%1).</source>
        <translation>Ein Teil deines Übungsprotokolls konnte gerade nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="342"/>
        <source>No practice</source>
        <translation>Keine Übung</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="342"/>
        <source>Under 10 minutes</source>
        <translation>Unter 10 Minuten</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="342"/>
        <source>10–19 minutes</source>
        <translation>10–19 Minuten</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="343"/>
        <source>20–39 minutes</source>
        <translation>20–39 Minuten</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="343"/>
        <source>40 minutes or more</source>
        <translation>40 Minuten oder mehr</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="375"/>
        <source>unknown date</source>
        <translation>unbekanntes Datum</translation>
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
        <translation>%1 Deine Notiz ist noch im Editor.</translation>
    </message>
</context>
<context>
    <name>JournalEditor</name>
    <message>
        <location filename="../app/journal.py" line="31"/>
        <source>Anything you&apos;d like to remember from this practice?</source>
        <translation>Gibt es etwas, das du von dieser Übung behalten möchtest?</translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="66"/>
        <source>Write as much or as little as you like. This stays on your computer.</source>
        <translation>Schreib so viel oder so wenig, wie du magst. Das bleibt auf deinem Computer.</translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="74"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="75"/>
        <source>Save and close the note (Ctrl+Enter)</source>
        <translation>Notiz speichern und schließen (Strg+Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="125"/>
        <source>%1 Your words are kept here.</source>
        <translation>%1 Deine Worte werden hier aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="133"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>LibraryGroups</name>
    <message>
        <location filename="../app/shown_words.py" line="42"/>
        <source>Breathing</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="43"/>
        <source>Body scans</source>
        <translation>Body-Scans</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="44"/>
        <source>Meditation</source>
        <translation>Meditation</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="45"/>
        <source>Compassion and emotions</source>
        <translation>Mitgefühl und Gefühle</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="46"/>
        <source>Sits</source>
        <translation>Stilles Sitzen</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="47"/>
        <source>Your sessions</source>
        <translation>Deine Sitzungen</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../app/library_model.py" line="48"/>
        <source>%1 + open</source>
        <comment>a length, then: it waits for you somewhere</comment>
        <translation>%1 + offen</translation>
    </message>
    <message>
        <location filename="../app/library_model.py" line="92"/>
        <source>has a problem</source>
        <translation>hat ein Problem</translation>
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
        <translation>Wähle eine Übung</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="217"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="218"/>
        <source>Your practice history and notes</source>
        <translation>Dein Übungsverlauf und deine Notizen</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="220"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="233"/>
        <location filename="../app/library_view.py" line="234"/>
        <source>Search sessions</source>
        <translation>Sitzungen suchen</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="239"/>
        <source>&amp;Tag</source>
        <translation>&amp;Schlagwort</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="242"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="243"/>
        <location filename="../app/library_view.py" line="415"/>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="255"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="268"/>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="269"/>
        <source>Make your own session from a template and open it in your text editor</source>
        <translation>Eine eigene Sitzung aus einer Vorlage erstellen und in deinem Texteditor öffnen</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="272"/>
        <source>Open sessions folder</source>
        <translation>Sitzungsordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="294"/>
        <source>Length and tags</source>
        <translation>Länge und Schlagwörter</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="298"/>
        <location filename="../app/library_view.py" line="314"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="308"/>
        <source>Problems in this file</source>
        <translation>Probleme in dieser Datei</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="332"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="334"/>
        <source>Start the session (Enter in the list)</source>
        <translation>Sitzung starten (Eingabetaste in der Liste)</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="337"/>
        <source>Edit file</source>
        <translation>Datei bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="339"/>
        <source>Open the session file in your text editor</source>
        <translation>Die Sitzungsdatei in deinem Texteditor öffnen</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="468"/>
        <source>No session matches. Try another word or tag.</source>
        <translation>Keine Sitzung passt. Versuch es mit einem anderen Wort oder Schlagwort.</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="475"/>
        <source>No session selected</source>
        <translation>Keine Sitzung ausgewählt</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="490"/>
        <source>This file can&apos;t be used yet:

%1

Fix it in your editor and save: the library updates by itself.</source>
        <translation>Diese Datei kann noch nicht verwendet werden:

%1

Korrigiere sie in deinem Editor und speichere sie: Die Bibliothek aktualisiert sich von selbst.</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="503"/>
        <source>your session</source>
        <translation>deine Sitzung</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="503"/>
        <source>bundled</source>
        <translation>mitgeliefert</translation>
    </message>
</context>
<context>
    <name>LogNotices</name>
    <message>
        <location filename="../log/notices.py" line="43"/>
        <source>The disk is full, so the practice log can&apos;t be saved just now.</source>
        <translation>Der Datenträger ist voll, darum kann das Übungsprotokoll gerade nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="45"/>
        <source>The practice log is read-only, so it can&apos;t be saved just now.</source>
        <translation>Das Übungsprotokoll ist schreibgeschützt, darum kann es gerade nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="47"/>
        <source>Another Anapana window is writing to the log; saving again shortly.</source>
        <translation>Ein anderes Anapana-Fenster schreibt gerade in das Protokoll; gleich wird noch einmal gespeichert.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="49"/>
        <source>The practice log can&apos;t be saved just now (%1).</source>
        <translation>Das Übungsprotokoll kann gerade nicht gespeichert werden (%1).</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="50"/>
        <source>The practice log isn&apos;t open.</source>
        <translation>Das Übungsprotokoll ist nicht geöffnet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="100"/>
        <source>%Ln practice(s) ended unexpectedly; the time practised was kept and marked as interrupted.</source>
        <translation>
            <numerusform>%Ln Übung wurde unerwartet beendet; die geübte Zeit ist erhalten und als unterbrochen markiert.</numerusform>
            <numerusform>%Ln Übungen wurden unerwartet beendet; die geübte Zeit ist erhalten und als unterbrochen markiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="104"/>
        <source>Your practice log was updated to a newer format; the old file is kept as %1.</source>
        <translation>Dein Übungsprotokoll wurde auf ein neueres Format umgestellt; die alte Datei ist als %1 aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="109"/>
        <source>Your practice log could not be read, so it was kept aside as %1 and a fresh log was started; %Ln practice(s) could be rescued from it. Nothing was deleted.</source>
        <translation>
            <numerusform>Dein Übungsprotokoll konnte nicht gelesen werden, darum wurde es als %1 beiseitegelegt und ein neues Protokoll begonnen; %Ln Übung konnte daraus gerettet werden. Nichts wurde gelöscht.</numerusform>
            <numerusform>Dein Übungsprotokoll konnte nicht gelesen werden, darum wurde es als %1 beiseitegelegt und ein neues Protokoll begonnen; %Ln Übungen konnten daraus gerettet werden. Nichts wurde gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="112"/>
        <source>Your practice log could not be read, so it was kept aside as %1 and a fresh log was started. Nothing was deleted.</source>
        <translation>Dein Übungsprotokoll konnte nicht gelesen werden, darum wurde es als %1 beiseitegelegt und ein neues Protokoll begonnen. Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="117"/>
        <source>The disk is full, so your practice log is open for reading only: your history is shown, and new practices and notes are kept safe until they can be written.</source>
        <translation>Der Datenträger ist voll, darum ist dein Übungsprotokoll nur zum Lesen geöffnet: Dein Verlauf wird angezeigt, und neue Übungen und Notizen werden sicher aufbewahrt, bis sie gespeichert werden können.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="120"/>
        <source>The practice log can&apos;t be written just now, so it is open for reading only: your history is shown, and new practices and notes are kept safe until they can be written.</source>
        <translation>Das Übungsprotokoll kann gerade nicht beschrieben werden, darum ist es nur zum Lesen geöffnet: Dein Verlauf wird angezeigt, und neue Übungen und Notizen werden sicher aufbewahrt, bis sie gespeichert werden können.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="125"/>
        <source>Part of your practice log&apos;s journal (%1) looks damaged (%2). A copy of the log and its journal was kept as %3 before opening it, and everything that could be read was kept. Nothing was deleted.</source>
        <translation>Ein Teil der Journaldatei deines Übungsprotokolls (%1) scheint beschädigt zu sein (%2). Vor dem Öffnen wurde eine Kopie des Protokolls und seiner Journaldatei als %3 aufbewahrt, und alles Lesbare wurde übernommen. Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="131"/>
        <source>Part of your practice log&apos;s journal (%1) looks damaged (%2), and there is no room to keep a copy of it (%3). The log is open for reading only, so nothing in it is lost; new practices are kept safe meanwhile.</source>
        <translation>Ein Teil der Journaldatei deines Übungsprotokolls (%1) scheint beschädigt zu sein (%2), und es ist kein Platz für eine Kopie davon (%3). Das Protokoll ist nur zum Lesen geöffnet, damit nichts darin verloren geht; neue Übungen werden so lange sicher aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="140"/>
        <source>Recovered %1 and %2 that could not be saved last time.</source>
        <comment>%1 is “%Ln practice(s)”, %2 is “%Ln journal note(s)”</comment>
        <translation>%1 und %2, die letztes Mal nicht gespeichert werden konnten, wurden wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="142"/>
        <source>%Ln practice(s)</source>
        <comment>recovered</comment>
        <translation>
            <numerusform>%Ln Übung</numerusform>
            <numerusform>%Ln Übungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="143"/>
        <source>%Ln journal note(s)</source>
        <comment>recovered</comment>
        <translation>
            <numerusform>%Ln Tagebuchnotiz</numerusform>
            <numerusform>%Ln Tagebuchnotizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="145"/>
        <source>Recovered %Ln practice(s) that could not be saved last time.</source>
        <translation>
            <numerusform>%Ln Übung, die letztes Mal nicht gespeichert werden konnte, wurde wiederhergestellt.</numerusform>
            <numerusform>%Ln Übungen, die letztes Mal nicht gespeichert werden konnten, wurden wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="148"/>
        <source>Recovered %Ln journal note(s) that could not be saved last time.</source>
        <translation>
            <numerusform>%Ln Tagebuchnotiz, die letztes Mal nicht gespeichert werden konnte, wurde wiederhergestellt.</numerusform>
            <numerusform>%Ln Tagebuchnotizen, die letztes Mal nicht gespeichert werden konnten, wurden wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="151"/>
        <source>Recovered the latest details of %Ln practice(s) that could not be saved last time.</source>
        <translation>
            <numerusform>Die neuesten Angaben zu %Ln Übung, die letztes Mal nicht gespeichert werden konnten, wurden wiederhergestellt.</numerusform>
            <numerusform>Die neuesten Angaben zu %Ln Übungen, die letztes Mal nicht gespeichert werden konnten, wurden wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="156"/>
        <source>Some practices kept aside last time could not be read back; the file is left as it is at %1. Nothing was deleted.</source>
        <translation>Einige Übungen, die letztes Mal beiseitegelegt wurden, konnten nicht zurückgelesen werden; die Datei bleibt unverändert unter %1. Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="160"/>
        <source>Some practices kept aside last time can&apos;t be added to the log just now; they are kept safe and will be added next time.</source>
        <translation>Einige Übungen, die letztes Mal beiseitegelegt wurden, können gerade nicht ins Protokoll übernommen werden; sie sind sicher aufbewahrt und werden beim nächsten Mal übernommen.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="165"/>
        <source>The folder for the practice log can&apos;t be made: %1</source>
        <translation>Der Ordner für das Übungsprotokoll kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="168"/>
        <source>The practice log %1 was written by a newer Anapana (%2); please update Anapana to keep using it. It has not been changed, and nothing new is written to it.</source>
        <translation>Das Übungsprotokoll %1 stammt von einer neueren Anapana-Version (%2); bitte aktualisiere Anapana, um es weiter zu nutzen. Es wurde nicht verändert, und es wird nichts Neues hineingeschrieben.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="173"/>
        <source>format %1</source>
        <comment>why the log looks written by a newer Anapana</comment>
        <translation>Format %1</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="177"/>
        <source>it holds tables this version doesn&apos;t know: %1</source>
        <comment>why the log looks written by a newer Anapana</comment>
        <translation>es enthält Tabellen, die diese Version nicht kennt: %1</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="181"/>
        <source>The practice log can&apos;t be opened: %1</source>
        <translation>Das Übungsprotokoll kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="184"/>
        <source>The practice log can&apos;t be opened, even to read it: %1</source>
        <translation>Das Übungsprotokoll kann nicht geöffnet werden, nicht einmal zum Lesen: %1</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="187"/>
        <source>The practice log %1 needs updating to this Anapana&apos;s format, and it can&apos;t be written just now (the disk is full or read-only). It has not been changed.</source>
        <translation>Das Übungsprotokoll %1 muss auf das Format dieser Anapana-Version umgestellt werden, kann aber gerade nicht beschrieben werden (der Datenträger ist voll oder schreibgeschützt). Es wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="192"/>
        <source>The practice log %1 can&apos;t be updated to this version&apos;s format (%2); it has not been changed.</source>
        <translation>Das Übungsprotokoll %1 kann nicht auf das Format dieser Version umgestellt werden (%2); es wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="196"/>
        <source>The practice log can&apos;t be updated: %1</source>
        <translation>Das Übungsprotokoll kann nicht umgestellt werden: %1</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="199"/>
        <source>The practice log %1 could not be read, and it can&apos;t be kept aside just now (%2); it has not been changed.</source>
        <translation>Das Übungsprotokoll %1 konnte nicht gelesen werden und kann gerade nicht beiseitegelegt werden (%2); es wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="203"/>
        <source>The practice log could not be read, so it was kept aside as %1; a fresh log can&apos;t be started just now (%2).</source>
        <translation>Das Übungsprotokoll konnte nicht gelesen werden, darum wurde es als %1 beiseitegelegt; ein neues Protokoll kann gerade nicht begonnen werden (%2).</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="207"/>
        <source>%1 is a link; Anapana doesn&apos;t write to the practice log through links. Remove the link to go on.</source>
        <translation>%1 ist eine Verknüpfung; Anapana schreibt das Übungsprotokoll nicht über Verknüpfungen. Entferne die Verknüpfung, um weiterzumachen.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="211"/>
        <source>The practice log %1 is a link that can&apos;t be followed.</source>
        <translation>Das Übungsprotokoll %1 ist eine Verknüpfung, der nicht gefolgt werden kann.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="214"/>
        <source>The practice log %1 is a link to %2, outside the data folder %3. Anapana only keeps your log inside its own folder, so it neither reads nor changes that file; move it into the folder (or remove the link).</source>
        <translation>Das Übungsprotokoll %1 ist eine Verknüpfung auf %2, außerhalb des Datenordners %3. Anapana bewahrt dein Protokoll nur in seinem eigenen Ordner auf, darum wird diese Datei weder gelesen noch verändert; verschiebe sie in den Ordner (oder entferne die Verknüpfung).</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="64"/>
        <source>it is unusually large (%1)</source>
        <translation>sie ist ungewöhnlich groß (%1)</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="65"/>
        <source>it can&apos;t be read (%1)</source>
        <translation>sie kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="66"/>
        <source>its header is cut short</source>
        <translation>ihr Dateikopf ist unvollständig</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="67"/>
        <source>its header is not a SQLite journal header</source>
        <translation>ihr Dateikopf ist kein SQLite-Journalkopf</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="68"/>
        <source>its header checksum does not match</source>
        <translation>die Prüfsumme ihres Dateikopfs stimmt nicht</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="69"/>
        <source>its page size does not match the log&apos;s</source>
        <translation>ihre Seitengröße passt nicht zu der des Protokolls</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="70"/>
        <source>its page size is not valid</source>
        <translation>ihre Seitengröße ist ungültig</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="71"/>
        <source>a committed change in it fails its checksum</source>
        <translation>eine gespeicherte Änderung darin hat eine falsche Prüfsumme</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="72"/>
        <source>committed changes in it follow a frame that fails its checksum</source>
        <translation>auf einen Abschnitt mit falscher Prüfsumme folgen darin gespeicherte Änderungen</translation>
    </message>
</context>
<context>
    <name>LogWords</name>
    <message>
        <location filename="../app/shown_words.py" line="15"/>
        <source>heavy</source>
        <translation>schwer</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="16"/>
        <source>low</source>
        <translation>gedrückt</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="17"/>
        <source>okay</source>
        <translation>okay</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="18"/>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="19"/>
        <source>bright</source>
        <translation>heiter</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="20"/>
        <source>calm</source>
        <translation>ruhig</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="21"/>
        <source>content</source>
        <translation>zufrieden</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="22"/>
        <source>grateful</source>
        <translation>dankbar</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="23"/>
        <source>tender</source>
        <translation>berührt</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="24"/>
        <source>hopeful</source>
        <translation>hoffnungsvoll</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="25"/>
        <source>tired</source>
        <translation>müde</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="26"/>
        <source>restless</source>
        <translation>unruhig</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="27"/>
        <source>anxious</source>
        <translation>ängstlich</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="28"/>
        <source>sad</source>
        <translation>traurig</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="29"/>
        <source>irritable</source>
        <translation>gereizt</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="30"/>
        <source>scattered</source>
        <translation>zerstreut</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="31"/>
        <source>numb</source>
        <translation>wie betäubt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/main_window.py" line="98"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="102"/>
        <source>About Anapana</source>
        <translation>Über Anapana</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="108"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="243"/>
        <location filename="../app/main_window.py" line="395"/>
        <source>No session called %1.</source>
        <translation>Keine Sitzung mit dem Namen %1.</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="307"/>
        <source>The new session could not be made: %1</source>
        <translation>Die neue Sitzung konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="314"/>
        <source>Made %1. Open it in your text editor to change it.</source>
        <translation>%1 ist angelegt. Öffne die Datei in deinem Texteditor, um sie zu ändern.</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="317"/>
        <source>Made %1: save it in your editor and it updates here.</source>
        <translation>%1 ist angelegt: Speichere sie in deinem Editor, dann aktualisiert sie sich hier.</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="325"/>
        <source>The sessions folder could not be made: %1</source>
        <translation>Der Sitzungsordner konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="329"/>
        <source>Your sessions folder is %1</source>
        <translation>Dein Sitzungsordner ist %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="333"/>
        <source>Open %1 in your text editor to change it.</source>
        <translation>Öffne %1 in deinem Texteditor, um die Datei zu ändern.</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="370"/>
        <source>The practice log can&apos;t be opened, so there is no history to show.</source>
        <translation>Das Übungsprotokoll lässt sich nicht öffnen, darum gibt es keinen Verlauf zu zeigen.</translation>
    </message>
</context>
<context>
    <name>MoodByPractice</name>
    <message>
        <location filename="../app/history/charts.py" line="191"/>
        <source>Mood change by practice</source>
        <translation>Stimmungsveränderung nach Übung</translation>
    </message>
</context>
<context>
    <name>MoodChart</name>
    <message>
        <location filename="../app/history/charts.py" line="124"/>
        <source>Mood before and after, by month</source>
        <translation>Stimmung vorher und nachher, nach Monat</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="132"/>
        <source>Before the session (dashed)</source>
        <translation>Vor der Sitzung (gestrichelt)</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="133"/>
        <source>After the session</source>
        <translation>Nach der Sitzung</translation>
    </message>
</context>
<context>
    <name>PacingFigure</name>
    <message>
        <location filename="../app/figure.py" line="73"/>
        <source>Breathing figure</source>
        <translation>Atemfigur</translation>
    </message>
    <message>
        <location filename="../app/figure.py" line="75"/>
        <source>Swells as you breathe in and settles as you breathe out.</source>
        <translation>Wächst, wenn du einatmest, und sinkt zurück, wenn du ausatmest.</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <location filename="../app/plan_preview.py" line="70"/>
        <source>feet</source>
        <translation>Füße</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="71"/>
        <source>knees</source>
        <translation>Knie</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="72"/>
        <source>hips</source>
        <translation>Hüften</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="73"/>
        <source>chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="74"/>
        <source>head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="172"/>
        <source>Session preview</source>
        <translation>Vorschau der Sitzung</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="243"/>
        <source>breaths / min</source>
        <translation>Atemzüge / Min.</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="244"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <location filename="../app/player_view.py" line="78"/>
        <source>Player</source>
        <translation>Player</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="128"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="139"/>
        <source>Segment</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="142"/>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="150"/>
        <source>Session progress</source>
        <translation>Fortschritt der Sitzung</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="157"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="158"/>
        <source>Phase details</source>
        <translation>Details zur Phase</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="159"/>
        <source>Body-scan step</source>
        <translation>Schritt im Body-Scan</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="160"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="161"/>
        <source>Prompt</source>
        <translation>Impuls</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="162"/>
        <source>Segment intro</source>
        <translation>Einleitung zum Abschnitt</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="164"/>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="165"/>
        <source>Your writing</source>
        <translation>Dein Text</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="167"/>
        <source>Write whatever comes; no one else will read it. It is saved as you type, in this session&apos;s journal note.</source>
        <translation>Schreib, was auch immer kommt; niemand sonst wird es lesen. Es wird beim Tippen gespeichert, in der Tagebuchnotiz dieser Sitzung.</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="169"/>
        <source>Done writing</source>
        <translation>Schreiben beenden</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="171"/>
        <source>Save, and go on to the next part (Ctrl+Enter)</source>
        <translation>Speichern und zum nächsten Teil weitergehen (Strg+Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="176"/>
        <location filename="../app/player_view.py" line="515"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="176"/>
        <source>Pause or resume</source>
        <translation>Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="177"/>
        <source>Pause or resume (Space)</source>
        <translation>Pausieren oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="183"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="183"/>
        <source>Skip to the next part</source>
        <translation>Zum nächsten Teil springen</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="184"/>
        <source>Skip to the next part (→)</source>
        <translation>Zum nächsten Teil springen (→)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="185"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="186"/>
        <source>Go on when you are ready (Space or Enter)</source>
        <translation>Weiter, wenn du bereit bist (Leertaste oder Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="189"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="189"/>
        <source>Stop the session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="190"/>
        <source>Stop the session (Esc)</source>
        <translation>Sitzung beenden (Esc)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="192"/>
        <location filename="../app/player_view.py" line="630"/>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="192"/>
        <source>Mute sound</source>
        <translation>Ton stummschalten</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="193"/>
        <source>Mute or unmute sound (M)</source>
        <translation>Ton stumm- oder einschalten (M)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="196"/>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="196"/>
        <source>Focus mode</source>
        <translation>Fokusmodus</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="197"/>
        <source>Show only the figure, full screen (F11)</source>
        <translation>Nur die Atemfigur zeigen, im Vollbild (F11)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="488"/>
        <source>Take your time</source>
        <translation>Lass dir Zeit</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="490"/>
        <source>%1 left</source>
        <comment>time left in the session</comment>
        <translation>noch %1</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="497"/>
        <source>%1% done, %2</source>
        <translation>%1 % vergangen, %2</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="515"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/player_view.py" line="526"/>
        <source>Settle in. Beginning in %n second(s)</source>
        <translation>
            <numerusform>Komm an. Es beginnt in einer Sekunde</numerusform>
            <numerusform>Komm an. Es beginnt in %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="529"/>
        <location filename="../app/player_view.py" line="551"/>
        <source>Settle in</source>
        <translation>Komm an</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="531"/>
        <source>Paused. Press Space to resume</source>
        <translation>Pausiert. Drück die Leertaste, um fortzufahren</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="533"/>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="535"/>
        <source>Continue when you are ready: press Space or Enter</source>
        <translation>Mach weiter, wenn du bereit bist: Drück die Leertaste oder die Eingabetaste</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="537"/>
        <source>The session has ended. You practised for %1.</source>
        <translation>Die Sitzung ist zu Ende. Du hast %1 geübt.</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="539"/>
        <source>Session stopped. You practised for %1.</source>
        <translation>Sitzung beendet. Du hast %1 geübt.</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="551"/>
        <location filename="../app/player_view.py" line="555"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="552"/>
        <source>Beginning in %1</source>
        <translation>Beginn in %1</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="555"/>
        <source>Press Space or Resume to go on</source>
        <translation>Drück die Leertaste oder „Fortsetzen“, um weiterzumachen</translation>
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
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="567"/>
        <location filename="../app/player_view.py" line="572"/>
        <source>Continue when you are ready</source>
        <translation>Mach weiter, wenn du bereit bist</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="579"/>
        <source>breath %1 of %2</source>
        <translation>Atemzug %1 von %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/player_view.py" line="588"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
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
        <translation>Ton an</translation>
    </message>
</context>
<context>
    <name>PracticeTable</name>
    <message>
        <location filename="../app/history/table.py" line="31"/>
        <source>unknown date (damaged)</source>
        <translation>unbekanntes Datum (beschädigt)</translation>
    </message>
    <message>
        <location filename="../app/history/table.py" line="49"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../app/history/table.py" line="49"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../app/history/table.py" line="49"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../app/history/table.py" line="49"/>
        <source>How it ended</source>
        <translation>Wie sie endete</translation>
    </message>
    <message>
        <location filename="../app/history/table.py" line="50"/>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../app/history/table.py" line="50"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>RateBars</name>
    <message>
        <location filename="../app/heart_result.py" line="97"/>
        <source>Heart-rate swing at each pace</source>
        <translation>Schwankung der Herzfrequenz bei jedem Tempo</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="115"/>
        <source>%1 a minute: %2</source>
        <comment>a breathing rate: the heart&apos;s swing at it</comment>
        <translation>%1 pro Minute: %2</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="117"/>
        <source>no clear reading</source>
        <translation>kein klarer Messwert</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="118"/>
        <source>%1 beats a minute</source>
        <translation>%1 Schläge pro Minute</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="159"/>
        <source>%1 / min</source>
        <translation>%1 / Min.</translation>
    </message>
</context>
<context>
    <name>ReminderNote</name>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="45"/>
        <source>Anapana reminder</source>
        <translation>Erinnerung von Anapana</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="51"/>
        <source>Begin</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="52"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="53"/>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="54"/>
        <source>Offer this again in a little while</source>
        <translation>In einer Weile noch einmal anbieten</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="55"/>
        <source>No more reminders today</source>
        <translation>Heute keine Erinnerungen mehr</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/reminder_note.py" line="74"/>
        <source>Offer this again in %n minute(s)</source>
        <translation>
            <numerusform>In einer Minute noch einmal anbieten</numerusform>
            <numerusform>In %n Minuten noch einmal anbieten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <location filename="../app/desktop/reminder_service.py" line="173"/>
        <source>A quiet moment, if you&apos;d like one.</source>
        <translation>Ein stiller Moment, wenn du magst.</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_service.py" line="175"/>
        <source>%1 is here whenever you are.</source>
        <translation>%1 ist für dich da, wann immer du magst.</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsPanel</name>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="62"/>
        <source>Offer gentle reminders to pause</source>
        <translation>Sanfte Erinnerungen an eine Pause anbieten</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="67"/>
        <source>Reminder times, separated by commas</source>
        <translation>Uhrzeiten der Erinnerungen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="78"/>
        <source>Session a reminder suggests</source>
        <translation>Sitzung, die eine Erinnerung vorschlägt</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="79"/>
        <source>Just open Anapana</source>
        <translation>Einfach Anapana öffnen</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="88"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="90"/>
        <source>Later waits this many minutes</source>
        <translation>„Später“ wartet so viele Minuten</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="93"/>
        <source>Quiet hours, from</source>
        <translation>Ruhezeiten, von</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="101"/>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeiten</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="102"/>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeiten</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="106"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="111"/>
        <source>Reminders stay quiet while you practise. They only come while Anapana runs; starting it at login, in the tray, keeps them coming.</source>
        <translation>Während du übst, bleiben Erinnerungen still. Sie kommen nur, solange Anapana läuft; wenn es bei der Anmeldung im Infobereich startet, kommen sie weiterhin.</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="116"/>
        <source>Keep Anapana in the tray when the window closes</source>
        <translation>Anapana im Infobereich behalten, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="119"/>
        <source>Start Anapana quietly when I log in</source>
        <translation>Anapana bei der Anmeldung still im Hintergrund starten</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="123"/>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="124"/>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="125"/>
        <source>Suggest</source>
        <translation>Vorschlagen</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="126"/>
        <source>Later waits</source>
        <translation>„Später“ wartet</translation>
    </message>
</context>
<context>
    <name>ResonanceReason</name>
    <message>
        <location filename="../hr/reason_text.py" line="14"/>
        <source>This session has no paced breathing to compare; the resonance assessment needs a session such as the resonance-rate finder.</source>
        <translation>Diese Sitzung hat keine geführten Atemtempos zum Vergleichen; die Resonanzmessung braucht eine Sitzung wie den Resonanztempo-Finder.</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="18"/>
        <source>No pace had enough clean heartbeats to compare (each needs the recording to cover it and at least %1 whole breaths after its first half minute).</source>
        <translation>Bei keinem Tempo gab es genug saubere Herzschläge zum Vergleichen (jedes braucht eine Aufzeichnung, die es abdeckt, und mindestens %1 ganze Atemzüge nach seiner ersten halben Minute).</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="22"/>
        <source>Your heart rate did not clearly rise and fall with the breath at any pace this time, so there is no suggestion. Breathing along with the sound, sitting comfortably and a chest strap that sends every beat usually help.</source>
        <translation>Deine Herzfrequenz ist diesmal bei keinem Tempo deutlich mit dem Atem gestiegen und gefallen, darum gibt es keinen Vorschlag. Meist hilft es, mit dem Klang mitzuatmen, bequem zu sitzen und einen Brustgurt zu nutzen, der jeden Schlag sendet.</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="27"/>
        <source>Only %1 breaths a minute had enough heart data to measure, so it is the suggestion; a full run through every pace gives a surer answer.</source>
        <translation>Nur bei %1 Atemzügen pro Minute gab es genug Herzdaten für eine Messung, darum ist das der Vorschlag; ein ganzer Durchgang durch alle Tempos gibt eine sicherere Antwort.</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="31"/>
        <source>At %1 breaths a minute your heart showed %2 (%3).</source>
        <translation>Bei %1 Atemzügen pro Minute zeigte dein Herz %2 (%3).</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="32"/>
        <source>At %1 breaths a minute your heart did best across the measures taken together (%2).</source>
        <translation>Bei %1 Atemzügen pro Minute schnitt dein Herz über alle Messwerte zusammen am besten ab (%2).</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="35"/>
        <source>%1 beats a minute from peak to trough</source>
        <translation>%1 Schläge pro Minute vom höchsten zum tiefsten Punkt</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="36"/>
        <source>%1 breaths a minute came very close, so either pace will serve you well.</source>
        <translation>%1 Atemzüge pro Minute kamen sehr nah heran, du kannst also gut beide Tempos nehmen.</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="38"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="39"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="41"/>
        <source>the largest heart-rate swing with each breath</source>
        <translation>die größte Schwankung der Herzfrequenz mit jedem Atemzug</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="43"/>
        <source>the most low-frequency heart-rate variability</source>
        <translation>die meiste niederfrequente Herzratenvariabilität</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="45"/>
        <source>the highest low-frequency peak</source>
        <translation>den höchsten niederfrequenten Gipfel</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="46"/>
        <source>heart rate rising and falling most steadily with the breath</source>
        <translation>eine Herzfrequenz, die am gleichmäßigsten mit dem Atem steigt und fällt</translation>
    </message>
</context>
<context>
    <name>ResonanceResultView</name>
    <message>
        <location filename="../app/heart_result.py" line="27"/>
        <source>A practice aid, not a medical measurement: the pace that feels easiest is a fine choice too.</source>
        <translation>Eine Übungshilfe, keine medizinische Messung: Das Tempo, das sich am leichtesten anfühlt, ist ebenso eine gute Wahl.</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="80"/>
        <source>The session could not be written: %1</source>
        <translation>Die Sitzung konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="86"/>
        <source>The session came out wrong and was not kept: %1</source>
        <translation>Beim Erstellen der Sitzung ist etwas schiefgegangen; sie wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="178"/>
        <source>How your heart followed each pace</source>
        <translation>Wie dein Herz jedem Tempo gefolgt ist</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="181"/>
        <source>The rise and fall of your heart rate with each breath, in beats a minute</source>
        <translation>Das Steigen und Sinken deiner Herzfrequenz mit jedem Atemzug, in Schlägen pro Minute</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="187"/>
        <source>Recommended pace</source>
        <translation>Empfohlenes Tempo</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="192"/>
        <source>Why this pace</source>
        <translation>Warum dieses Tempo</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="204"/>
        <location filename="../app/heart_result.py" line="206"/>
        <source>Create my resonance session</source>
        <translation>Meine Resonanz-Sitzung erstellen</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="216"/>
        <location filename="../app/heart_result.py" line="217"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="247"/>
        <source>No clear resonance pace this time</source>
        <translation>Diesmal kein klares Resonanztempo</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="250"/>
        <source>Your resonance pace looks like %1 breaths a minute</source>
        <translation>Dein Resonanztempo liegt anscheinend bei %1 Atemzügen pro Minute</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="273"/>
        <source>Made %1 in your sessions: it is in the library now, and you can open it in a text editor to change it.</source>
        <translation>%1 wurde in deinen Sitzungen angelegt: Die Datei ist jetzt in der Bibliothek, und du kannst sie in einem Texteditor öffnen und ändern.</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <location filename="../app/session_flow.py" line="178"/>
        <location filename="../app/session_flow.py" line="193"/>
        <source>End the session?</source>
        <translation>Sitzung beenden?</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="179"/>
        <source>You have practised for %1.</source>
        <translation>Du hast %1 geübt.</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="180"/>
        <source>End the session here? What you practised is kept.</source>
        <translation>Die Sitzung hier beenden? Was du geübt hast, bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="181"/>
        <location filename="../app/session_flow.py" line="197"/>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="182"/>
        <location filename="../app/session_flow.py" line="198"/>
        <source>Keep going</source>
        <translation>Weiterüben</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="194"/>
        <source>This is the last part of the session.</source>
        <translation>Das ist der letzte Teil der Sitzung.</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="196"/>
        <source>Skipping it ends the session here. What you practised is kept.</source>
        <translation>Wenn du ihn überspringst, endet die Sitzung hier. Was du geübt hast, bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="214"/>
        <source>The heart rate can&apos;t be shown this time (%1).</source>
        <translation>Die Herzfrequenz kann diesmal nicht angezeigt werden (%1).</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="264"/>
        <source>Made %1: it is in your library.</source>
        <translation>%1 ist angelegt und steht in deiner Bibliothek.</translation>
    </message>
</context>
<context>
    <name>SessionTags</name>
    <message>
        <location filename="../app/tag_names.py" line="19"/>
        <source>assessment</source>
        <translation>Messung</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="20"/>
        <source>body-scan</source>
        <translation>Body-Scan</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="21"/>
        <source>breath</source>
        <translation>Atem</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="22"/>
        <source>breath-hold</source>
        <translation>Atem anhalten</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="23"/>
        <source>breathing</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="24"/>
        <source>calm</source>
        <translation>Ruhe</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="25"/>
        <source>compassion</source>
        <translation>Mitgefühl</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="26"/>
        <source>emotions</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="27"/>
        <source>energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="28"/>
        <source>evening</source>
        <translation>Abend</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="29"/>
        <source>focus</source>
        <translation>Konzentration</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="30"/>
        <source>hrv</source>
        <translation>HRV</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="31"/>
        <source>intention</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="32"/>
        <source>journaling</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="33"/>
        <source>labelling</source>
        <translation>Benennen</translation>
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
        <translation>Meditation</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="37"/>
        <source>metta</source>
        <translation>Metta</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="38"/>
        <source>mindfulness</source>
        <translation>Achtsamkeit</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="39"/>
        <source>mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="40"/>
        <source>morning</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="41"/>
        <source>pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="42"/>
        <source>rain</source>
        <translation>RAIN</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="43"/>
        <source>relaxation</source>
        <translation>Entspannung</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="44"/>
        <source>resonance</source>
        <translation>Resonanz</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="45"/>
        <source>rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="46"/>
        <source>self-compassion</source>
        <translation>Selbstmitgefühl</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="47"/>
        <source>short</source>
        <translation>kurz</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="48"/>
        <source>silence</source>
        <translation>Stille</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="49"/>
        <source>sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="50"/>
        <source>timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="51"/>
        <source>writing</source>
        <translation>Schreiben</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/settings_dialog.py" line="29"/>
        <location filename="../app/settings_dialog.py" line="68"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="30"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="31"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="32"/>
        <source>Circle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="33"/>
        <source>Square (traces its sides, for box breathing)</source>
        <translation>Quadrat (folgt seinen Seiten, für die Box-Atmung)</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="35"/>
        <source>The session&apos;s own cues</source>
        <translation>Die Signale der Sitzung</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="36"/>
        <source>Say in, hold, out</source>
        <translation>Einatmen, Halten, Ausatmen ansagen</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="37"/>
        <source>A distinct tone for in, hold and out</source>
        <translation>Ein eigener Ton für Einatmen, Halten und Ausatmen</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="56"/>
        <location filename="../app/settings_dialog.py" line="57"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="60"/>
        <location filename="../app/settings_dialog.py" line="145"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="67"/>
        <source>Language of the app (after a restart)</source>
        <translation>Sprache der App (nach einem Neustart)</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="74"/>
        <source>The new language shows the next time Anapana starts.</source>
        <translation>Die neue Sprache erscheint beim nächsten Start von Anapana.</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="80"/>
        <source>Figure style</source>
        <translation>Form der Atemfigur</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="87"/>
        <source>Reduce motion (the figure changes colour instead of size)</source>
        <translation>Bewegung reduzieren (die Atemfigur ändert die Farbe statt der Größe)</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="88"/>
        <source>Reduce motion</source>
        <translation>Bewegung reduzieren</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="93"/>
        <source>Lead-in before a session, in seconds</source>
        <translation>Vorlauf vor einer Sitzung, in Sekunden</translation>
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
        <translation>Anleitung laut sprechen</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="105"/>
        <source>Following with eyes closed</source>
        <translation>Mit geschlossenen Augen folgen</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="111"/>
        <location filename="../app/settings_dialog.py" line="132"/>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="112"/>
        <source>The session&apos;s language (default)</source>
        <translation>Sprache der Sitzung (Standard)</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="125"/>
        <source>%1 volume</source>
        <translation>Lautstärke: %1</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="131"/>
        <source>Eyes closed</source>
        <translation>Augen zu</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="133"/>
        <source>Natural voices…</source>
        <translation>Natürliche Stimmen …</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="134"/>
        <source>Add, download and choose Piper voices</source>
        <translation>Piper-Stimmen hinzufügen, herunterladen und auswählen</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="138"/>
        <location filename="../app/settings_dialog.py" line="139"/>
        <source>Announce each phase to screen readers</source>
        <translation>Jede Phase für Screenreader ansagen</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="143"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="146"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="148"/>
        <source>Figure</source>
        <translation>Atemfigur</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="150"/>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="152"/>
        <source>Lead-in</source>
        <translation>Vorlauf</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="153"/>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="155"/>
        <location filename="../app/settings_dialog.py" line="156"/>
        <source>Show the spoken words as captions</source>
        <translation>Gesprochene Worte als Untertitel zeigen</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="160"/>
        <source>Accessibility</source>
        <translation>Barrierefreiheit</translation>
    </message>
</context>
<context>
    <name>SoundChannels</name>
    <message>
        <location filename="../sound/channels.py" line="16"/>
        <source>Breath cues</source>
        <translation>Atemsignale</translation>
    </message>
    <message>
        <location filename="../sound/channels.py" line="17"/>
        <source>Bells</source>
        <translation>Glocken</translation>
    </message>
    <message>
        <location filename="../sound/channels.py" line="18"/>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
</context>
<context>
    <name>SoundLayer</name>
    <message>
        <location filename="../app/sound_sink.py" line="261"/>
        <source>A spoken line could not be rendered — its words are shown instead</source>
        <translation>Ein gesprochener Satz konnte nicht erzeugt werden – seine Worte stehen stattdessen auf dem Bildschirm</translation>
    </message>
</context>
<context>
    <name>SoundNotices</name>
    <message>
        <location filename="../sound/output.py" line="28"/>
        <source>No sound device found — cues are off</source>
        <translation>Kein Audiogerät gefunden – die Klänge bleiben still</translation>
    </message>
    <message>
        <location filename="../sound/speech.py" line="30"/>
        <source>Spoken guidance is not available here — the words are shown instead</source>
        <translation>Gesprochene Anleitung ist hier nicht verfügbar – die Worte werden stattdessen angezeigt</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../app/background_task.py" line="79"/>
        <source>Something went wrong: %1</source>
        <translation>Etwas hat nicht geklappt: %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../app/desktop/tray.py" line="45"/>
        <source>Open Anapana</source>
        <translation>Anapana öffnen</translation>
    </message>
    <message>
        <location filename="../app/desktop/tray.py" line="46"/>
        <location filename="../app/desktop/tray.py" line="83"/>
        <source>Pause reminders for today</source>
        <translation>Erinnerungen für heute pausieren</translation>
    </message>
    <message>
        <location filename="../app/desktop/tray.py" line="48"/>
        <source>About Anapana</source>
        <translation>Über Anapana</translation>
    </message>
    <message>
        <location filename="../app/desktop/tray.py" line="49"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../app/desktop/tray.py" line="82"/>
        <source>Resume reminders today</source>
        <translation>Erinnerungen heute wieder aufnehmen</translation>
    </message>
</context>
<context>
    <name>VoiceErrors</name>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="121"/>
        <source>a file path must be a short text</source>
        <translation>ein Dateipfad muss ein kurzer Text sein</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="124"/>
        <source>the file path %1 is nested too deeply</source>
        <translation>der Dateipfad %1 ist zu tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="128"/>
        <source>the file path %1 could leave the voices folder (only plain names separated by / are allowed)</source>
        <translation>der Dateipfad %1 könnte aus dem Stimmenordner hinausführen (erlaubt sind nur einfache Namen, getrennt durch /)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="136"/>
        <source>%1: an object with size_bytes and md5_digest expected</source>
        <translation>%1: ein Objekt mit size_bytes und md5_digest erwartet</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="140"/>
        <source>%1: size_bytes must be a whole number from 1 to %2</source>
        <translation>%1: size_bytes muss eine ganze Zahl von 1 bis %2 sein</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="145"/>
        <source>%1: md5_digest must be 32 hexadecimal digits</source>
        <translation>%1: md5_digest muss aus 32 Hexadezimalziffern bestehen</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="153"/>
        <source>&apos;language&apos; must be an object with a code</source>
        <translation>&apos;language&apos; muss ein Objekt mit einem code sein</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="158"/>
        <source>language.code must be a language tag such as en_US</source>
        <translation>language.code muss ein Sprachkürzel wie en_US sein</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="170"/>
        <source>the voice&apos;s name has characters other than letters, digits, _ . -</source>
        <translation>der Name der Stimme enthält andere Zeichen als Buchstaben, Ziffern, _ . -</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="173"/>
        <source>an object expected</source>
        <translation>ein Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="177"/>
        <source>quality must be one of %1</source>
        <translation>quality muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="184"/>
        <source>num_speakers must be a whole number from 1</source>
        <translation>num_speakers muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="188"/>
        <source>&apos;files&apos; must be an object of path → size and digest</source>
        <translation>&apos;files&apos; muss ein Objekt aus Pfad → Größe und Prüfsumme sein</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="191"/>
        <source>more than %1 files</source>
        <translation>mehr als %1 Dateien</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="205"/>
        <source>the files %1.onnx and %1.onnx.json must both be listed</source>
        <translation>die Dateien %1.onnx und %1.onnx.json müssen beide aufgeführt sein</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="220"/>
        <source>%1: a JSON object of voices expected at the top</source>
        <translation>%1: oben ein JSON-Objekt mit Stimmen erwartet</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="223"/>
        <source>%1: more than %2 voices; refusing to read it</source>
        <translation>%1: mehr als %2 Stimmen; die Datei wird nicht gelesen</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="231"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="235"/>
        <source>%1: no voice in it can be used (%2)</source>
        <translation>%1: keine Stimme darin lässt sich verwenden (%2)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="237"/>
        <source>%1: no voice in it can be used</source>
        <translation>%1: keine Stimme darin lässt sich verwenden</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="55"/>
        <source>The download was cancelled; it can continue later.</source>
        <translation>Der Download wurde abgebrochen; er kann später weitergehen.</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="105"/>
        <source>%1 is not an http:// or https:// address</source>
        <translation>%1 ist keine http://- oder https://-Adresse</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="108"/>
        <source>%1: a catalogue address has no ?query or #fragment</source>
        <translation>%1: eine Katalogadresse hat kein ?query und kein #fragment</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="123"/>
        <source>the server sent the request on to an address that is not http(s) or that drops https; refused</source>
        <translation>der Server hat die Anfrage an eine Adresse weitergeleitet, die nicht http(s) ist oder https aufgibt; abgelehnt</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="126"/>
        <source>the server answered %1 %2</source>
        <translation>der Server antwortete %1 %2</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="131"/>
        <source>the address could not be found (are you offline?)</source>
        <translation>die Adresse wurde nicht gefunden (bist du offline?)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="133"/>
        <source>could not connect (%1)</source>
        <translation>keine Verbindung möglich (%1)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="136"/>
        <source>the server stopped answering</source>
        <translation>der Server antwortet nicht mehr</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="138"/>
        <source>the connection dropped</source>
        <translation>die Verbindung ist abgebrochen</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="150"/>
        <source>%1: %2 bytes is too large (at most %3)</source>
        <translation>%1: %2 Bytes sind zu groß (höchstens %3)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="163"/>
        <source>%1: larger than %2 bytes; refused</source>
        <translation>%1: größer als %2 Bytes; abgelehnt</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="171"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="211"/>
        <source>%1: the server resumed at the wrong place; starting over next time</source>
        <translation>%1: der Server hat an der falschen Stelle fortgesetzt; beim nächsten Mal beginnt der Download neu</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="218"/>
        <source>%1: unexpected answer %2</source>
        <translation>%1: unerwartete Antwort %2</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="222"/>
        <source>%1: the server offers %2 bytes but the catalogue says %3; refused</source>
        <translation>%1: der Server bietet %2 Bytes an, der Katalog nennt aber %3; abgelehnt</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="237"/>
        <source>%1: more than the %2 bytes the catalogue promised; refused</source>
        <translation>%1: mehr als die %2 Bytes, die der Katalog angibt; abgelehnt</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="278"/>
        <source>it ended early</source>
        <translation>er endete zu früh</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="279"/>
        <source>%1: stopped at %2 of %3 bytes (%4). Try again later: it continues where it stopped.</source>
        <translation>%1: bei %2 von %3 Bytes angehalten (%4). Versuch es später noch einmal: Es geht dort weiter, wo es aufgehört hat.</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="284"/>
        <source>%1: the file&apos;s checksum does not match the catalogue&apos;s, so it was not installed (it may be damaged or altered).</source>
        <translation>%1: Die Prüfsumme der Datei stimmt nicht mit der des Katalogs überein, deshalb wurde sie nicht installiert (sie ist vielleicht beschädigt oder verändert).</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="307"/>
        <source>%1: the model card does not match the catalogue&apos;s checksum</source>
        <translation>%1: die Modellkarte passt nicht zur Prüfsumme des Katalogs</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="61"/>
        <source>%1 is not a number JSON allows</source>
        <translation>%1 ist keine Zahl, die JSON erlaubt</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="69"/>
        <source>the key %1 appears twice</source>
        <translation>der Schlüssel %1 kommt zweimal vor</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="123"/>
        <source>%1: %2 bytes is too large (at most %3 expected)</source>
        <translation>%1: %2 Bytes sind zu groß (höchstens %3 erwartet)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="129"/>
        <source>%1: byte %2 is not UTF-8 text (JSON expected)</source>
        <translation>%1: Byte %2 ist kein UTF-8-Text (JSON erwartet)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="138"/>
        <source>%1:%2:%3: not valid JSON (%4)</source>
        <translation>%1:%2:%3: kein gültiges JSON (%4)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="143"/>
        <source>%1: not usable JSON (%2)</source>
        <translation>%1: kein verwendbares JSON (%2)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="152"/>
        <source>%1: nested more than %2 levels deep</source>
        <translation>%1: mehr als %2 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="162"/>
        <source>%1: there is no such file (%2 expected)</source>
        <translation>%1: diese Datei gibt es nicht (%2 erwartet)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="167"/>
        <source>%1: is a symbolic link; please choose the file itself</source>
        <translation>%1: ist eine symbolische Verknüpfung; bitte wähle die Datei selbst</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="176"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: lässt sich nicht lesen (%2)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="182"/>
        <source>%1: is not a regular file (%2 expected)</source>
        <translation>%1: ist keine normale Datei (%2 erwartet)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="191"/>
        <source>%1: %2 bytes is too large for %3 (at most %4)</source>
        <translation>%1: %2 Bytes sind zu groß für %3 (höchstens %4)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="198"/>
        <location filename="../sound/tts/voice_store.py" line="377"/>
        <source>%1: cannot be opened (%2)</source>
        <translation>%1: lässt sich nicht öffnen (%2)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="206"/>
        <source>%1: grew past %2 bytes while being read</source>
        <translation>%1: ist beim Lesen über %2 Bytes hinausgewachsen</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="219"/>
        <source>%1: only %2 bytes, too small to be a voice model</source>
        <translation>%1: nur %2 Bytes, zu klein für ein Stimmmodell</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="223"/>
        <source>%1: %2 bytes is larger than any voice (at most %3)</source>
        <translation>%1: %2 Bytes sind größer als jede Stimme (höchstens %3)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="227"/>
        <source>%1: does not look like an ONNX model (.onnx expected)</source>
        <translation>%1: sieht nicht wie ein ONNX-Modell aus (.onnx erwartet)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="234"/>
        <source>an .onnx voice model</source>
        <translation>ein .onnx-Stimmmodell</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="247"/>
        <source>%1: the key %2 is missing (%3 expected)</source>
        <translation>%1: der Schlüssel %2 fehlt (%3 erwartet)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="252"/>
        <source>%1: %2 is %3, %4 expected</source>
        <translation>%1: %2 ist %3, %4 erwartet</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="266"/>
        <source>%1: a JSON object expected at the top</source>
        <translation>%1: oben ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="268"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="270"/>
        <source>an object with sample_rate</source>
        <translation>ein Objekt mit sample_rate</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="273"/>
        <source>%1: audio.sample_rate %2 is outside 8000–48000 Hz</source>
        <translation>%1: audio.sample_rate %2 liegt außerhalb von 8000–48000 Hz</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="277"/>
        <source>%1: audio.quality %2 is not one of %3</source>
        <translation>%1: audio.quality %2 ist keiner dieser Werte: %3</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="281"/>
        <source>an object of phoneme → ids</source>
        <translation>ein Objekt aus Phonem → IDs</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="283"/>
        <source>%1: phoneme_id_map must hold 1 to 4096 phonemes</source>
        <translation>%1: phoneme_id_map muss 1 bis 4096 Phoneme enthalten</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="287"/>
        <source>%1: phoneme_id_map has no %2 (sentence start, pause and end markers expected)</source>
        <translation>%1: phoneme_id_map enthält kein %2 (Marken für Satzanfang, Pause und Satzende erwartet)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="294"/>
        <source>%1: phoneme_id_map[%2] must be a list of small whole numbers</source>
        <translation>%1: phoneme_id_map[%2] muss eine Liste kleiner ganzer Zahlen sein</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="299"/>
        <source>%1: &apos;espeak&apos; must be an object with a voice</source>
        <translation>%1: &apos;espeak&apos; muss ein Objekt mit einer voice sein</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="303"/>
        <source>%1: espeak.voice must be a short text</source>
        <translation>%1: espeak.voice muss ein kurzer Text sein</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="309"/>
        <source>%1: phoneme_type %2 is not supported here (%3 or %4 expected)</source>
        <translation>%1: phoneme_type %2 wird hier nicht unterstützt (%3 oder %4 erwartet)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="313"/>
        <source>%1: espeak.voice is missing (an espeak-ng voice expected)</source>
        <translation>%1: espeak.voice fehlt (eine espeak-ng-Stimme erwartet)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="317"/>
        <source>%1: num_symbols %2 is outside 1–65536</source>
        <translation>%1: num_symbols %2 liegt außerhalb von 1–65536</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="322"/>
        <source>%1: num_speakers must be a whole number from 1</source>
        <translation>%1: num_speakers muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="326"/>
        <source>%1: &apos;inference&apos; must be an object</source>
        <translation>%1: &apos;inference&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="330"/>
        <source>%1: inference.length_scale must be a number from 0.1 to 10</source>
        <translation>%1: inference.length_scale muss eine Zahl von 0,1 bis 10 sein</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="338"/>
        <source>%1: language code %2 is not a language tag</source>
        <translation>%1: der Sprachcode %2 ist kein Sprachkürzel</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="58"/>
        <source>Not stated — check where the voice came from</source>
        <translation>Nicht angegeben – schau nach, woher die Stimme stammt</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="109"/>
        <source>The voice %1 is not installed.</source>
        <translation>Die Stimme %1 ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="113"/>
        <source>%1 is not a voice name</source>
        <translation>%1 ist kein Stimmenname</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="116"/>
        <source>voice settings</source>
        <translation>Stimmeinstellungen</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="117"/>
        <source>a model card</source>
        <translation>eine Modellkarte</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="189"/>
        <source>%1: not a voice folder name</source>
        <translation>%1: kein Name eines Stimmenordners</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="194"/>
        <source>voice settings (.onnx.json)</source>
        <translation>Stimmeinstellungen (.onnx.json)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="201"/>
        <source>voice details</source>
        <translation>Angaben zur Stimme</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="239"/>
        <source>voice choices</source>
        <translation>die Stimmauswahl</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="331"/>
        <source>%1: please choose the voice&apos;s .onnx file</source>
        <translation>%1: bitte wähle die .onnx-Datei der Stimme</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="335"/>
        <source>%1: the name may hold only letters, digits, _ . and - (rename the .onnx and .onnx.json files, keeping them alike)</source>
        <translation>%1: der Name darf nur Buchstaben, Ziffern, _ . und - enthalten (benenne die .onnx- und die .onnx.json-Datei gleich um)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="340"/>
        <source>the voice&apos;s settings (.onnx.json, next to the .onnx)</source>
        <translation>die Einstellungen der Stimme (.onnx.json, neben der .onnx)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="367"/>
        <source>%1: the voice could not be read back after copying</source>
        <translation>%1: die Stimme ließ sich nach dem Kopieren nicht wieder lesen</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="424"/>
        <source>There is not enough free space for %1: it needs %2 MB and %3 MB are free in %4.</source>
        <translation>Für %1 ist nicht genug Platz frei: Die Stimme braucht %2 MB, in %4 sind %3 MB frei.</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="452"/>
        <source>The downloaded voice is not usable: %1</source>
        <translation>Die heruntergeladene Stimme lässt sich nicht verwenden: %1</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="474"/>
        <source>%1: could not be read back after installing</source>
        <translation>%1: ließ sich nach dem Installieren nicht wieder lesen</translation>
    </message>
</context>
<context>
    <name>VoiceManager</name>
    <message>
        <location filename="../app/voice_manager.py" line="68"/>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="69"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="70"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="71"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="72"/>
        <source>Speaks</source>
        <translation>Spricht</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="83"/>
        <location filename="../app/voice_manager.py" line="84"/>
        <source>Natural voices</source>
        <translation>Natürliche Stimmen</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="87"/>
        <source>Natural voices (Piper) speak the guidance on this computer, without the internet. Each voice was made from someone&apos;s recordings and has its own licence, shown here.</source>
        <translation>Natürliche Stimmen (Piper) sprechen die Anleitung auf diesem Computer, ohne Internet. Jede Stimme ist aus den Aufnahmen eines Menschen entstanden und hat ihre eigene Lizenz, die hier angezeigt wird.</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="95"/>
        <source>Installed voices</source>
        <translation>Installierte Stimmen</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="106"/>
        <source>Voice manager status</source>
        <translation>Status der Stimmenverwaltung</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="108"/>
        <source>Add a voice…</source>
        <translation>Stimme hinzufügen …</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="110"/>
        <source>Import a Piper voice (.onnx with its .onnx.json) from a folder</source>
        <translation>Eine Piper-Stimme (.onnx mit ihrer .onnx.json) aus einem Ordner importieren</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="112"/>
        <source>Download…</source>
        <translation>Herunterladen …</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="113"/>
        <source>Choose a voice from Piper&apos;s voices catalogue</source>
        <translation>Eine Stimme aus dem Stimmenkatalog von Piper wählen</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="115"/>
        <location filename="../app/voice_manager.py" line="188"/>
        <source>Use for its language</source>
        <translation>Für ihre Sprache verwenden</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="117"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="144"/>
        <source>Piper is not installed, so these voices stay silent and espeak-ng speaks instead. Install Anapana with its `voice` extra to hear them.</source>
        <translation>Piper ist nicht installiert, daher bleiben diese Stimmen still und espeak-ng spricht stattdessen. Installiere Anapana mit dem Extra `voice`, um sie zu hören.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/voice_manager.py" line="147"/>
        <source>%n voice folder(s) could not be used: %1</source>
        <translation>
            <numerusform>Ein Stimmenordner konnte nicht verwendet werden: %1</numerusform>
            <numerusform>%n Stimmenordner konnten nicht verwendet werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="159"/>
        <source>%1 (your choice)</source>
        <translation>%1 (deine Wahl)</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="160"/>
        <source>%1 (automatically)</source>
        <translation>%1 (automatisch)</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="173"/>
        <source>No natural voice is installed yet: add one you have, or download one.</source>
        <translation>Noch ist keine natürliche Stimme installiert: Füg eine hinzu, die du hast, oder lade eine herunter.</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="190"/>
        <source>Choose automatically for %1</source>
        <translation>Für %1 automatisch wählen</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="193"/>
        <source>Use for %1</source>
        <translation>Für %1 verwenden</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="198"/>
        <source>Add a Piper voice</source>
        <translation>Eine Piper-Stimme hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="198"/>
        <source>Piper voices (*.onnx)</source>
        <translation>Piper-Stimmen (*.onnx)</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="219"/>
        <source>Adding %1…</source>
        <translation>%1 wird hinzugefügt …</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="225"/>
        <source>%1 was added. Licence: %2</source>
        <translation>%1 wurde hinzugefügt. Lizenz: %2</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="232"/>
        <source>This voice could not be added. %1</source>
        <translation>Diese Stimme konnte nicht hinzugefügt werden. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="255"/>
        <source>The choice could not be saved. %1</source>
        <translation>Die Auswahl konnte nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="260"/>
        <source>Anapana will pick the best installed voice for %1.</source>
        <translation>Anapana wählt die beste installierte Stimme für %1.</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="261"/>
        <source>%1 will speak %2.</source>
        <translation>%1 ist jetzt die Stimme für %2.</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="268"/>
        <source>Remove this voice?</source>
        <translation>Diese Stimme entfernen?</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="269"/>
        <source>Remove %1 (%2)? You can add or download it again later.</source>
        <translation>%1 (%2) entfernen? Du kannst sie später wieder hinzufügen oder herunterladen.</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="275"/>
        <source>The voice could not be removed. %1</source>
        <translation>Die Stimme konnte nicht entfernt werden. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="278"/>
        <source>%1 was removed.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>WeeksChart</name>
    <message>
        <location filename="../app/history/charts.py" line="86"/>
        <source>Minutes per week</source>
        <translation>Minuten pro Woche</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="113"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="115"/>
        <source>Minutes practised in a week</source>
        <translation>Geübte Minuten in einer Woche</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../app/words.py" line="16"/>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <location filename="../app/words.py" line="17"/>
        <location filename="../app/words.py" line="19"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location filename="../app/words.py" line="18"/>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <location filename="../app/words.py" line="20"/>
        <source>Sit quietly</source>
        <translation>Still sitzen</translation>
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
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/words.py" line="77"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/words.py" line="81"/>
        <source>Thank you for taking this time.</source>
        <translation>Danke, dass du dir diese Zeit genommen hast.</translation>
    </message>
    <message>
        <location filename="../app/words.py" line="85"/>
        <source>Every moment of practice counts.</source>
        <translation>Jeder Moment der Übung zählt.</translation>
    </message>
    <message>
        <location filename="../app/words.py" line="102"/>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location filename="../app/words.py" line="105"/>
        <source>%1 min</source>
        <comment>minutes</comment>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location filename="../app/words.py" line="108"/>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
</context>
</TS>
