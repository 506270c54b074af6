<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/desktop/about.py" line="31"/>
        <source>Anapana is a practice aid, not therapy and not a medical device. If things feel heavy, or breathing exercises leave you dizzy or uneasy, stop and breathe normally; and please reach out to someone you trust, your doctor or a mental health professional. You deserve that support. If you might be in danger or are thinking of harming yourself, please call your local emergency number or a crisis line now.</source>
        <translation>Anapana è un aiuto alla pratica, non una terapia e non un dispositivo medico. Se le cose si fanno pesanti, o se gli esercizi di respirazione ti danno capogiri o disagio, fermati e respira normalmente; e rivolgiti a una persona di cui ti fidi, al tuo medico o a un professionista della salute mentale. Meriti questo sostegno. Se rischi di essere in pericolo o pensi di farti del male, chiama subito il numero di emergenza locale o una linea di ascolto per le crisi.</translation>
    </message>
    <message>
        <location filename="../app/desktop/about.py" line="143"/>
        <source>About Anapana</source>
        <translation>Informazioni su Anapana</translation>
    </message>
    <message>
        <location filename="../app/desktop/about.py" line="147"/>
        <source>About</source>
        <translation>Informazioni</translation>
    </message>
    <message>
        <location filename="../app/desktop/about.py" line="148"/>
        <source>Writing sessions</source>
        <translation>Scrivere sessioni</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <location filename="../app/body_map.py" line="148"/>
        <source>feet</source>
        <translation>piedi</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="148"/>
        <source>lower legs</source>
        <translation>stinchi e polpacci</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="149"/>
        <source>knees</source>
        <translation>ginocchia</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="149"/>
        <source>thighs</source>
        <translation>cosce</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="150"/>
        <source>hips and pelvis</source>
        <translation>anche e bacino</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="150"/>
        <source>belly</source>
        <translation>pancia</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="151"/>
        <source>chest</source>
        <translation>petto</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="151"/>
        <source>back</source>
        <translation>schiena</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="152"/>
        <source>hands</source>
        <translation>mani</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="152"/>
        <source>arms</source>
        <translation>braccia</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="153"/>
        <source>shoulders</source>
        <translation>spalle</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="153"/>
        <source>neck and throat</source>
        <translation>collo e gola</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="154"/>
        <source>face</source>
        <translation>viso</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="154"/>
        <source>head</source>
        <translation>testa</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="155"/>
        <source>whole body</source>
        <translation>tutto il corpo</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="156"/>
        <source>foot</source>
        <translation>piede</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="156"/>
        <source>lower leg</source>
        <translation>stinco e polpaccio</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="157"/>
        <source>knee</source>
        <translation>ginocchio</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="157"/>
        <source>thigh</source>
        <translation>coscia</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="158"/>
        <source>hip</source>
        <translation>anca</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="158"/>
        <source>hand</source>
        <translation>mano</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="159"/>
        <source>arm</source>
        <translation>braccio</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="159"/>
        <source>shoulder</source>
        <translation>spalla</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="160"/>
        <source>side of the body</source>
        <translation>metà del corpo</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="185"/>
        <source>Body map</source>
        <translation>Mappa del corpo</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="257"/>
        <source> and </source>
        <comment>between area names</comment>
        <translation> e </translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="261"/>
        <source>left %1</source>
        <translation>%1 a sinistra</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="261"/>
        <source>right %1</source>
        <translation>%1 a destra</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="265"/>
        <source>An outline of a body.</source>
        <translation>La sagoma di un corpo.</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="267"/>
        <source>An outline of a body, all of it lit.</source>
        <translation>La sagoma di un corpo, tutta illuminata.</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="269"/>
        <source>An outline of a body with the %1 lit.</source>
        <translation>La sagoma di un corpo; in luce: %1.</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="272"/>
        <source>%1 Next: %2.</source>
        <comment>the body map&apos;s description, then the next areas</comment>
        <translation>%1 Poi: %2.</translation>
    </message>
</context>
<context>
    <name>BreathCurve</name>
    <message>
        <location filename="../app/breath_curve.py" line="68"/>
        <source>Breath curve</source>
        <translation>Curva del respiro</translation>
    </message>
    <message>
        <location filename="../app/breath_curve.py" line="69"/>
        <source>The breath over the last few seconds and the next twenty.</source>
        <translation>Il respiro negli ultimi secondi e nei prossimi venti.</translation>
    </message>
</context>
<context>
    <name>CaptionView</name>
    <message>
        <location filename="../app/caption.py" line="34"/>
        <source>Caption</source>
        <translation>Sottotitolo</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <location filename="../app/checkin.py" line="37"/>
        <source>How are you arriving?</source>
        <translation>Come arrivi?</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="38"/>
        <source>How do you feel now?</source>
        <translation>Come ti senti adesso?</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="48"/>
        <source>Thank you for noticing how you are. You don&apos;t have to carry it alone: &lt;a href=&quot;care&quot;&gt;where to find support&lt;/a&gt;.</source>
        <translation>Grazie di aver ascoltato come stai. Non devi portare tutto questo senza aiuto: &lt;a href=&quot;care&quot;&gt;dove trovare sostegno&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="64"/>
        <source>Where to find support</source>
        <translation>Dove trovare sostegno</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="129"/>
        <source>Pick what fits, if anything. Nothing here is right or wrong.</source>
        <translation>Scegli ciò che senti vicino, se c&apos;è. Qui non c&apos;è niente di giusto o sbagliato.</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="139"/>
        <source>%1 (key %2)</source>
        <translation>%1 (tasto %2)</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="143"/>
        <source>Mood %1 of 5, key %1. %2</source>
        <translation>Umore %1 su 5, tasto %1. %2</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="150"/>
        <source>Any feelings here? (optional)</source>
        <translation>Ci sono emozioni, adesso? (facoltativo)</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="157"/>
        <source>A feeling, optional</source>
        <translation>Un&apos;emozione, facoltativo</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="165"/>
        <source>Skip (Esc)</source>
        <translation>Salta (Esc)</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="166"/>
        <source>Save (Enter)</source>
        <translation>Salva (Invio)</translation>
    </message>
</context>
<context>
    <name>CompletionView</name>
    <message>
        <location filename="../app/completion.py" line="55"/>
        <source>Back to the library</source>
        <translation>Torna alla libreria</translation>
    </message>
    <message>
        <location filename="../app/completion.py" line="81"/>
        <source>You practised for %1.</source>
        <translation>Hai praticato per %1.</translation>
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <location filename="../app/desktop/integration.py" line="165"/>
        <source>Still here in the tray, whenever you&apos;d like it.</source>
        <translation>Sempre qui nell&apos;area di notifica, quando vuoi.</translation>
    </message>
</context>
<context>
    <name>DownloadDialog</name>
    <message>
        <location filename="../app/voice_download_dialog.py" line="67"/>
        <location filename="../app/voice_download_dialog.py" line="68"/>
        <source>Download a voice</source>
        <translation>Scarica una voce</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="78"/>
        <source>Catalogue address</source>
        <translation>Indirizzo del catalogo</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="79"/>
        <source>Load the list</source>
        <translation>Carica l&apos;elenco</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="82"/>
        <location filename="../app/voice_download_dialog.py" line="120"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="85"/>
        <source>Voices in the catalogue</source>
        <translation>Voci nel catalogo</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="92"/>
        <source>The voice&apos;s model card, with its licence</source>
        <translation>La scheda del modello della voce, con la sua licenza</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="94"/>
        <source>Choose a voice to read where it comes from and its licence.</source>
        <translation>Scegli una voce per leggere da dove viene e qual è la sua licenza.</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="96"/>
        <source>I have read this voice&apos;s licence and accept it</source>
        <translation>Ho letto la licenza di questa voce e la accetto</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="97"/>
        <source>Accept the voice&apos;s licence</source>
        <translation>Accetta la licenza della voce</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="100"/>
        <source>Download progress</source>
        <translation>Avanzamento del download</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="105"/>
        <source>Download status</source>
        <translation>Stato del download</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="107"/>
        <source>Download</source>
        <translation>Scarica</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="109"/>
        <source>Cancel download</source>
        <translation>Annulla il download</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="119"/>
        <source>Catalogue</source>
        <translation>Catalogo</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="144"/>
        <source>The catalogue address is not usable: %1</source>
        <translation>L&apos;indirizzo del catalogo non si può usare: %1</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="147"/>
        <source>Fetching the list of voices…</source>
        <translation>Recupero dell&apos;elenco delle voci…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/voice_download_dialog.py" line="161"/>
        <source>%n voice(s) in the catalogue.</source>
        <translation>
            <numerusform>%n voce nel catalogo.</numerusform>
            <numerusform>%n voci nel catalogo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="162"/>
        <source>%1 (%2 left out: their entries were malformed).</source>
        <comment>the number of voices, then how many were left out</comment>
        <translation>%1 (%2 tralasciate: le loro schede nel catalogo non erano valide).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/voice_download_dialog.py" line="164"/>
        <source>%n voice(s) in the catalogue</source>
        <translation>
            <numerusform>%n voce nel catalogo</numerusform>
            <numerusform>%n voci nel catalogo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="178"/>
        <source>The list of voices could not be fetched. %1</source>
        <translation>Non è stato possibile recuperare l&apos;elenco delle voci. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="188"/>
        <source>%1 — %2, %3 quality, %4</source>
        <comment>voice name, language, quality (low, medium, high), size</comment>
        <translation>%1 — %2, qualità %3, %4</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="193"/>
        <source>%1 (installed)</source>
        <translation>%1 (installata)</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="213"/>
        <source>The catalogue gives no model card for this voice, so its licence is not known. Please check it before you use the voice.</source>
        <translation>Il catalogo non indica una scheda del modello per questa voce, quindi la sua licenza non è nota. Controllala prima di usare la voce.</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="217"/>
        <source>Reading this voice&apos;s licence…</source>
        <translation>Lettura della licenza di questa voce…</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="240"/>
        <source>The licence could not be read. %1</source>
        <translation>Non è stato possibile leggere la licenza. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="245"/>
        <source>Licence: %1</source>
        <translation>Licenza: %1</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="246"/>
        <source>The model card names no licence: please read it below.</source>
        <translation>La scheda del modello non indica una licenza: leggila qui sotto.</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="283"/>
        <source>Downloading %1…</source>
        <translation>Download di %1…</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="290"/>
        <source>Downloading %1… %2 of %3</source>
        <translation>Download di %1… %2 di %3</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="302"/>
        <source>%1 is installed and ready to speak.</source>
        <translation>%1 è installata e pronta a parlare.</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="308"/>
        <source>The voice was not installed. %1</source>
        <translation>La voce non è stata installata. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="313"/>
        <source>Download cancelled. It continues where it stopped next time.</source>
        <translation>Download annullato. La prossima volta riprenderà da dove si è fermato.</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="318"/>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <location filename="../app/library_view.py" line="142"/>
        <source>This file has a problem:</source>
        <translation>Questo file ha un problema:</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="143"/>
        <source>it could not be read</source>
        <translation>non è stato possibile leggerlo</translation>
    </message>
</context>
<context>
    <name>HeartChart</name>
    <message>
        <location filename="../app/history/charts.py" line="156"/>
        <source>Heart rate and RMSSD by week</source>
        <translation>Frequenza cardiaca e RMSSD per settimana</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="175"/>
        <source>Heart rate (beats a minute)</source>
        <translation>Frequenza cardiaca (battiti al minuto)</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="176"/>
        <source>RMSSD (ms, dashed)</source>
        <translation>RMSSD (ms, linea tratteggiata)</translation>
    </message>
</context>
<context>
    <name>HeartLive</name>
    <message>
        <location filename="../app/heart_live.py" line="271"/>
        <source>The heart recording could not be kept: the practice log isn&apos;t open.</source>
        <translation>Non è stato possibile conservare la registrazione del cuore: il registro delle pratiche non è aperto.</translation>
    </message>
</context>
<context>
    <name>HeartPanel</name>
    <message>
        <location filename="../app/heart_panel.py" line="31"/>
        <source>Looking for your heart-rate strap…</source>
        <translation>Ricerca della tua fascia cardio…</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="33"/>
        <source>The strap can&apos;t feel your skin; a little moisture on it helps.</source>
        <translation>La fascia non sente la pelle; un po&apos; di umidità sugli elettrodi aiuta.</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="35"/>
        <source>Heart signal lost for now; it will come back by itself.</source>
        <translation>Segnale del cuore perso per ora; tornerà da solo.</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="178"/>
        <source>Heart rate</source>
        <translation>Frequenza cardiaca</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="181"/>
        <source>Heart-rate swing of the last breath</source>
        <translation>Oscillazione della frequenza cardiaca nell&apos;ultimo respiro</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="186"/>
        <source>Heart rate now</source>
        <translation>Frequenza cardiaca adesso</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="190"/>
        <source>Heart signal</source>
        <translation>Segnale del cuore</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="236"/>
        <source>%1 beats a minute</source>
        <translation>%1 battiti al minuto</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="248"/>
        <source>strap battery %1 %</source>
        <translation>batteria della fascia %1%</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="264"/>
        <source>last breath&apos;s swing %1</source>
        <translation>oscillazione nell&apos;ultimo respiro: %1</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="267"/>
        <source>How far your heart rate rose and fell over the last breath, in beats a minute</source>
        <translation>Quanto la tua frequenza cardiaca è salita e scesa durante l&apos;ultimo respiro, in battiti al minuto</translation>
    </message>
</context>
<context>
    <name>HeartRateSettingsPanel</name>
    <message>
        <location filename="../app/heart_settings.py" line="32"/>
        <source>Heart-rate features (a live trace under the breath curve, and a measured resonance pace) need the optional Bluetooth and analysis packages. To enable them, install Anapana with its hr extra: pip install &apos;anapana[hr]&apos;</source>
        <translation>Le funzioni della frequenza cardiaca (una traccia in tempo reale sotto la curva del respiro e un ritmo di risonanza misurato) richiedono i pacchetti opzionali per Bluetooth e analisi. Per attivarle, installa Anapana con l&apos;extra hr: pip install &apos;anapana[hr]&apos;</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="61"/>
        <location filename="../app/heart_settings.py" line="63"/>
        <source>Heart rate</source>
        <translation>Frequenza cardiaca</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="71"/>
        <source>How to enable heart-rate features</source>
        <translation>Come attivare le funzioni della frequenza cardiaca</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="76"/>
        <location filename="../app/heart_settings.py" line="77"/>
        <source>Show my heart rate during sessions</source>
        <translation>Mostra la mia frequenza cardiaca durante le sessioni</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="81"/>
        <source>Chosen strap</source>
        <translation>Fascia scelta</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="84"/>
        <source>Straps found nearby</source>
        <translation>Fasce trovate nelle vicinanze</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="85"/>
        <source>Find straps</source>
        <translation>Cerca fasce</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="86"/>
        <source>Find heart-rate straps nearby</source>
        <translation>Cerca fasce cardio nelle vicinanze</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="88"/>
        <source>Use this strap</source>
        <translation>Usa questa fascia</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="90"/>
        <source>Forget</source>
        <translation>Dimentica</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="91"/>
        <source>Forget the chosen strap</source>
        <translation>Dimentica la fascia scelta</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="124"/>
        <source>Strap: %1 (%2)</source>
        <translation>Fascia: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="124"/>
        <source>heart-rate strap</source>
        <translation>fascia cardio</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="127"/>
        <source>No strap chosen yet. Put it on (most straps wake with skin contact), then Find straps.</source>
        <translation>Nessuna fascia scelta per ora. Indossala (quasi tutte si attivano al contatto con la pelle), poi premi Cerca fasce.</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="138"/>
        <source>Looking for heart-rate straps nearby…</source>
        <translation>Ricerca di fasce cardio nelle vicinanze…</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="147"/>
        <source>Bluetooth didn&apos;t answer (%1).</source>
        <translation>Il Bluetooth non ha risposto (%1).</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="150"/>
        <source>Bluetooth didn&apos;t answer.</source>
        <translation>Il Bluetooth non ha risposto.</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="164"/>
        <source>Heart-rate strap</source>
        <translation>Fascia cardio</translation>
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
        <translation>%1 Il Bluetooth è acceso?</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="173"/>
        <source>No strap answered. Wet the electrodes, put it on, and try again.</source>
        <translation>Nessuna fascia ha risposto. Inumidisci gli elettrodi, indossa la fascia e riprova.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/heart_settings.py" line="175"/>
        <source>Found %n. Choose yours and press Use this strap.</source>
        <translation>
            <numerusform>Trovata %n. Scegli la tua e premi Usa questa fascia.</numerusform>
            <numerusform>Trovate %n. Scegli la tua e premi Usa questa fascia.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="184"/>
        <source>%1 will be used in your sessions.</source>
        <translation>%1 verrà usata nelle tue sessioni.</translation>
    </message>
</context>
<context>
    <name>HeartTrace</name>
    <message>
        <location filename="../app/heart_panel.py" line="69"/>
        <source>Heart-rate trace</source>
        <translation>Traccia della frequenza cardiaca</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="70"/>
        <source>Your heart rate over the last breaths.</source>
        <translation>La tua frequenza cardiaca negli ultimi respiri.</translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <location filename="../app/history/heatmap.py" line="24"/>
        <source>Days practised over the past year</source>
        <translation>Giorni di pratica nell&apos;ultimo anno</translation>
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
        <translation>Esporta il tuo registro delle pratiche</translation>
    </message>
    <message>
        <location filename="../app/history/dialogs.py" line="32"/>
        <source>JSON (*.json);;CSV for spreadsheets (*.csv)</source>
        <translation>JSON (*.json);;CSV per fogli di calcolo (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/history/dialogs.py" line="41"/>
        <source>Import a practice log export</source>
        <translation>Importa un&apos;esportazione del registro delle pratiche</translation>
    </message>
    <message>
        <location filename="../app/history/dialogs.py" line="43"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/history/dialogs.py" line="50"/>
        <source>Delete all your data?</source>
        <translation>Eliminare tutti i tuoi dati?</translation>
    </message>
    <message>
        <location filename="../app/history/dialogs.py" line="51"/>
        <source>This deletes every practice, check-in and journal note, and the log&apos;s backup copies. It can&apos;t be undone. You may want to export first.</source>
        <translation>Verranno eliminate tutte le pratiche, tutti i momenti di ascolto e tutte le note di diario, insieme alle copie di sicurezza del registro. Non si potrà tornare indietro. Se vuoi, prima esporta i tuoi dati.</translation>
    </message>
</context>
<context>
    <name>HistoryFiles</name>
    <message>
        <location filename="../app/history/files.py" line="48"/>
        <source>%1 is a link to another file; please choose another name.</source>
        <translation>%1 è un collegamento a un altro file; scegli un altro nome.</translation>
    </message>
    <message>
        <location filename="../app/history/files.py" line="52"/>
        <source>The export could not be written: %1.</source>
        <translation>Non è stato possibile scrivere l&apos;esportazione: %1.</translation>
    </message>
    <message>
        <location filename="../app/history/files.py" line="56"/>
        <source>Part of the log could not be read for the export (%1).</source>
        <translation>Non è stato possibile leggere una parte del registro per l&apos;esportazione (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/history/files.py" line="59"/>
        <source>%Ln practice(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln pratica esportata in %1.</numerusform>
            <numerusform>%Ln pratiche esportate in %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/history/files.py" line="71"/>
        <source>%1 could not be imported: %2</source>
        <translation>Non è stato possibile importare %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/history/files.py" line="90"/>
        <source>Deleted %Ln practice(s) and every note.</source>
        <translation>
            <numerusform>È stata eliminata una pratica, con tutte le note.</numerusform>
            <numerusform>Sono state eliminate %Ln pratiche, con tutte le note.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../app/history/page.py" line="21"/>
        <source>Back to the library</source>
        <translation>Torna alla libreria</translation>
    </message>
    <message>
        <location filename="../app/history/page.py" line="22"/>
        <source>Back to the library (Esc)</source>
        <translation>Torna alla libreria (Esc)</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../log/history_text.py" line="58"/>
        <source>No practices yet. Your history will grow here, one session at a time.</source>
        <translation>Ancora nessuna pratica. Il tuo storico crescerà qui, una sessione alla volta.</translation>
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
            <numerusform>%Ln sessione</numerusform>
            <numerusform>%Ln sessioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="68"/>
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minuto</numerusform>
            <numerusform>%Ln minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="69"/>
        <source>%Ln day(s) practised</source>
        <translation>
            <numerusform>%Ln giorno di pratica</numerusform>
            <numerusform>%Ln giorni di pratica</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="74"/>
        <source>Days practised this month: %n</source>
        <translation>
            <numerusform>Giorni di pratica questo mese: %n</numerusform>
            <numerusform>Giorni di pratica questo mese: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="83"/>
        <source>How your mood moves will show here once you have checked in before and after a few sessions.</source>
        <translation>Qui vedrai come si muove il tuo umore, quando avrai fatto il momento di ascolto prima e dopo qualche sessione.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="88"/>
        <source>Mood before → after: %1 (%2) → %3 (%4), %5 on average across %n session(s).</source>
        <translation>
            <numerusform>Umore prima → dopo: %1 (%2) → %3 (%4), %5 in media su %n sessione.</numerusform>
            <numerusform>Umore prima → dopo: %1 (%2) → %3 (%4), %5 in media su %n sessioni.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="101"/>
        <source>The last 30 days: %1 (the 30 days before: %2).</source>
        <translation>Ultimi 30 giorni: %1 (i 30 giorni precedenti: %2).</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="106"/>
        <source>The last 30 days: %1.</source>
        <translation>Ultimi 30 giorni: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="114"/>
        <source>%1 on average, %n session(s)</source>
        <translation>
            <numerusform>%1 in media, %n sessione</numerusform>
            <numerusform>%1 in media, %n sessioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="116"/>
        <source>%1 from %n session(s), too few to say much yet</source>
        <translation>
            <numerusform>%1 da una sola sessione, ancora troppo poco per dire molto</numerusform>
            <numerusform>%1 da %n sessioni, ancora troppo poche per dire molto</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="123"/>
        <source>Once you check in before and after your sessions, this shows how your mood tends to change with each practice.</source>
        <translation>Quando farai il momento di ascolto prima e dopo le sessioni, qui vedrai come tende a cambiare il tuo umore con ciascuna pratica.</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="127"/>
        <source>The average change in mood from before to after each practice, on the scale from heavy to bright.</source>
        <translation>Il cambiamento medio dell&apos;umore da prima a dopo ogni pratica, sulla scala da pesante a luminoso.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="132"/>
        <source>This week so far: %Ln minute(s)</source>
        <translation>
            <numerusform>Questa settimana finora: %Ln minuto</numerusform>
            <numerusform>Questa settimana finora: %Ln minuti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="136"/>
        <source>damaged</source>
        <translation>danneggiata</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="138"/>
        <source>completed</source>
        <translation>completata</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="139"/>
        <source>ended early</source>
        <translation>interrotta prima</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="140"/>
        <source>interrupted</source>
        <translation>interrotta all&apos;improvviso</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="141"/>
        <source>in progress</source>
        <translation>in corso</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="144"/>
        <source>%1 · imported copy</source>
        <translation>%1 · copia importata</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="154"/>
        <source>Damaged in the log: %1</source>
        <translation>Danni nel registro: %1</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../app/history/view.py" line="100"/>
        <source>Show days practised this month</source>
        <translation>Mostra i giorni di pratica di questo mese</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="108"/>
        <source>Charts</source>
        <translation>Grafici</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="119"/>
        <source>The past year</source>
        <translation>Ultimo anno</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="123"/>
        <source>Minutes per week</source>
        <translation>Minuti a settimana</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="135"/>
        <source>Mood</source>
        <translation>Umore</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="155"/>
        <source>Mood by practice</source>
        <translation>Umore per pratica</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="161"/>
        <source>Heart rate and RMSSD, the mean of each week&apos;s practices with a heart signal</source>
        <translation>Frequenza cardiaca e RMSSD: la media delle pratiche di ogni settimana con un segnale del cuore</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="171"/>
        <source>Heart rate</source>
        <translation>Frequenza cardiaca</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="175"/>
        <source>Search sessions, notes and feelings</source>
        <translation>Cerca sessioni, note ed emozioni</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="177"/>
        <source>Search your practices</source>
        <translation>Cerca nelle tue pratiche</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="192"/>
        <source>Practices</source>
        <translation>Pratiche</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="194"/>
        <source>Newest first. Arrow keys choose a practice; Tab goes on to its note.</source>
        <translation>Prima le più recenti. Con le frecce scegli una pratica; Tab passa alla sua nota.</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="199"/>
        <source>Save note</source>
        <translation>Salva nota</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="201"/>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="202"/>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="203"/>
        <source>Delete all my data…</source>
        <translation>Elimina tutti i miei dati…</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="248"/>
        <source>Choose a practice to read or edit its note.</source>
        <translation>Scegli una pratica per leggerne o modificarne la nota.</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="301"/>
        <location filename="../app/history/view.py" line="330"/>
        <source>Part of your practice log could not be read just now (%1).</source>
        <translation>In questo momento non è stato possibile leggere una parte del tuo registro delle pratiche (%1).</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="342"/>
        <source>No practice</source>
        <translation>Nessuna pratica</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="342"/>
        <source>Under 10 minutes</source>
        <translation>Meno di 10 minuti</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="342"/>
        <source>10–19 minutes</source>
        <translation>10–19 minuti</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="343"/>
        <source>20–39 minutes</source>
        <translation>20–39 minuti</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="343"/>
        <source>40 minutes or more</source>
        <translation>40 minuti o più</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="375"/>
        <source>unknown date</source>
        <translation>data sconosciuta</translation>
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
        <translation>%1 La tua nota è ancora nell&apos;editor.</translation>
    </message>
</context>
<context>
    <name>JournalEditor</name>
    <message>
        <location filename="../app/journal.py" line="31"/>
        <source>Anything you&apos;d like to remember from this practice?</source>
        <translation>C&apos;è qualcosa che vorresti ricordare di questa pratica?</translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="66"/>
        <source>Write as much or as little as you like. This stays on your computer.</source>
        <translation>Scrivi quanto vuoi, tanto o poco. Resta sul tuo computer.</translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="74"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="75"/>
        <source>Save and close the note (Ctrl+Enter)</source>
        <translation>Salva e chiudi la nota (Ctrl+Invio)</translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="125"/>
        <source>%1 Your words are kept here.</source>
        <translation>%1 Le tue parole sono custodite qui.</translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="133"/>
        <source>Saved</source>
        <translation>Salvato</translation>
    </message>
</context>
<context>
    <name>LibraryGroups</name>
    <message>
        <location filename="../app/shown_words.py" line="42"/>
        <source>Breathing</source>
        <translation>Respiro</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="43"/>
        <source>Body scans</source>
        <translation>Scansioni del corpo</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="44"/>
        <source>Meditation</source>
        <translation>Meditazione</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="45"/>
        <source>Compassion and emotions</source>
        <translation>Compassione ed emozioni</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="46"/>
        <source>Sits</source>
        <translation>Sedute in silenzio</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="47"/>
        <source>Your sessions</source>
        <translation>Le tue sessioni</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../app/library_model.py" line="48"/>
        <source>%1 + open</source>
        <comment>a length, then: it waits for you somewhere</comment>
        <translation>%1 + a piacere</translation>
    </message>
    <message>
        <location filename="../app/library_model.py" line="92"/>
        <source>has a problem</source>
        <translation>ha un problema</translation>
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
        <translation>Scegli una pratica</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="217"/>
        <source>History</source>
        <translation>Storico</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="218"/>
        <source>Your practice history and notes</source>
        <translation>Lo storico delle tue pratiche e le tue note</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="220"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="233"/>
        <location filename="../app/library_view.py" line="234"/>
        <source>Search sessions</source>
        <translation>Cerca sessioni</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="239"/>
        <source>&amp;Tag</source>
        <translation>&amp;Etichetta</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="242"/>
        <source>Tag</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="243"/>
        <location filename="../app/library_view.py" line="415"/>
        <source>All tags</source>
        <translation>Tutte le etichette</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="255"/>
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="268"/>
        <source>New session</source>
        <translation>Nuova sessione</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="269"/>
        <source>Make your own session from a template and open it in your text editor</source>
        <translation>Crea una tua sessione da un modello e aprila nel tuo editor di testo</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="272"/>
        <source>Open sessions folder</source>
        <translation>Apri la cartella delle sessioni</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="294"/>
        <source>Length and tags</source>
        <translation>Durata ed etichette</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="298"/>
        <location filename="../app/library_view.py" line="314"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="308"/>
        <source>Problems in this file</source>
        <translation>Problemi in questo file</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="332"/>
        <source>Start</source>
        <translation>Inizia</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="334"/>
        <source>Start the session (Enter in the list)</source>
        <translation>Inizia la sessione (Invio nell&apos;elenco)</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="337"/>
        <source>Edit file</source>
        <translation>Modifica il file</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="339"/>
        <source>Open the session file in your text editor</source>
        <translation>Apri il file della sessione nel tuo editor di testo</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="468"/>
        <source>No session matches. Try another word or tag.</source>
        <translation>Nessuna sessione corrisponde. Prova con un&apos;altra parola o etichetta.</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="475"/>
        <source>No session selected</source>
        <translation>Nessuna sessione selezionata</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="490"/>
        <source>This file can&apos;t be used yet:

%1

Fix it in your editor and save: the library updates by itself.</source>
        <translation>Questo file non si può ancora usare:

%1

Correggilo nel tuo editor e salva: la libreria si aggiorna da sola.</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="503"/>
        <source>your session</source>
        <translation>una tua sessione</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="503"/>
        <source>bundled</source>
        <translation>inclusa</translation>
    </message>
</context>
<context>
    <name>LogNotices</name>
    <message>
        <location filename="../log/notices.py" line="43"/>
        <source>The disk is full, so the practice log can&apos;t be saved just now.</source>
        <translation>Il disco è pieno, quindi in questo momento il registro delle pratiche non si può salvare.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="45"/>
        <source>The practice log is read-only, so it can&apos;t be saved just now.</source>
        <translation>Il registro delle pratiche è di sola lettura, quindi in questo momento non si può salvare.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="47"/>
        <source>Another Anapana window is writing to the log; saving again shortly.</source>
        <translation>Un’altra finestra di Anapana sta scrivendo nel registro; il salvataggio riproverà tra poco.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="49"/>
        <source>The practice log can&apos;t be saved just now (%1).</source>
        <translation>In questo momento il registro delle pratiche non si può salvare (%1).</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="50"/>
        <source>The practice log isn&apos;t open.</source>
        <translation>Il registro delle pratiche non è aperto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="100"/>
        <source>%Ln practice(s) ended unexpectedly; the time practised was kept and marked as interrupted.</source>
        <translation>
            <numerusform>%Ln pratica si è interrotta inaspettatamente; il tempo praticato è stato conservato e segnato come interrotto.</numerusform>
            <numerusform>%Ln pratiche si sono interrotte inaspettatamente; il tempo praticato è stato conservato e segnato come interrotto.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="104"/>
        <source>Your practice log was updated to a newer format; the old file is kept as %1.</source>
        <translation>Il tuo registro delle pratiche è stato aggiornato a un formato più recente; il vecchio file è conservato come %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="109"/>
        <source>Your practice log could not be read, so it was kept aside as %1 and a fresh log was started; %Ln practice(s) could be rescued from it. Nothing was deleted.</source>
        <translation>
            <numerusform>Non è stato possibile leggere il tuo registro delle pratiche, quindi è stato messo da parte come %1 ed è stato avviato un nuovo registro; si è potuta recuperare %Ln pratica. Non è stato eliminato nulla.</numerusform>
            <numerusform>Non è stato possibile leggere il tuo registro delle pratiche, quindi è stato messo da parte come %1 ed è stato avviato un nuovo registro; si sono potute recuperare %Ln pratiche. Non è stato eliminato nulla.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="112"/>
        <source>Your practice log could not be read, so it was kept aside as %1 and a fresh log was started. Nothing was deleted.</source>
        <translation>Non è stato possibile leggere il tuo registro delle pratiche, quindi è stato messo da parte come %1 ed è stato avviato un nuovo registro. Non è stato eliminato nulla.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="117"/>
        <source>The disk is full, so your practice log is open for reading only: your history is shown, and new practices and notes are kept safe until they can be written.</source>
        <translation>Il disco è pieno, quindi il tuo registro delle pratiche è aperto in sola lettura: il tuo storico è visibile, e le nuove pratiche e note restano al sicuro finché non si potranno scrivere.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="120"/>
        <source>The practice log can&apos;t be written just now, so it is open for reading only: your history is shown, and new practices and notes are kept safe until they can be written.</source>
        <translation>In questo momento il registro delle pratiche non si può scrivere, quindi è aperto in sola lettura: il tuo storico è visibile, e le nuove pratiche e note restano al sicuro finché non si potranno scrivere.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="125"/>
        <source>Part of your practice log&apos;s journal (%1) looks damaged (%2). A copy of the log and its journal was kept as %3 before opening it, and everything that could be read was kept. Nothing was deleted.</source>
        <translation>Una parte del file delle transazioni del tuo registro delle pratiche (%1) sembra danneggiata (%2). Prima di aprirlo è stata conservata una copia del registro e del suo file delle transazioni come %3, ed è stato tenuto tutto ciò che si poteva leggere. Non è stato eliminato nulla.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="131"/>
        <source>Part of your practice log&apos;s journal (%1) looks damaged (%2), and there is no room to keep a copy of it (%3). The log is open for reading only, so nothing in it is lost; new practices are kept safe meanwhile.</source>
        <translation>Una parte del file delle transazioni del tuo registro delle pratiche (%1) sembra danneggiata (%2), e non c’è spazio per conservarne una copia (%3). Il registro è aperto in sola lettura, quindi nulla va perso; nel frattempo le nuove pratiche restano al sicuro.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="140"/>
        <source>Recovered %1 and %2 that could not be saved last time.</source>
        <comment>%1 is “%Ln practice(s)”, %2 is “%Ln journal note(s)”</comment>
        <translation>Recuperate %1 e %2 che non si erano potute salvare l’ultima volta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="142"/>
        <source>%Ln practice(s)</source>
        <comment>recovered</comment>
        <translation>
            <numerusform>%Ln pratica</numerusform>
            <numerusform>%Ln pratiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="143"/>
        <source>%Ln journal note(s)</source>
        <comment>recovered</comment>
        <translation>
            <numerusform>%Ln nota di diario</numerusform>
            <numerusform>%Ln note di diario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="145"/>
        <source>Recovered %Ln practice(s) that could not be saved last time.</source>
        <translation>
            <numerusform>Recuperata %Ln pratica che non si era potuta salvare l’ultima volta.</numerusform>
            <numerusform>Recuperate %Ln pratiche che non si erano potute salvare l’ultima volta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="148"/>
        <source>Recovered %Ln journal note(s) that could not be saved last time.</source>
        <translation>
            <numerusform>Recuperata %Ln nota di diario che non si era potuta salvare l’ultima volta.</numerusform>
            <numerusform>Recuperate %Ln note di diario che non si erano potute salvare l’ultima volta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="151"/>
        <source>Recovered the latest details of %Ln practice(s) that could not be saved last time.</source>
        <translation>
            <numerusform>Recuperati gli ultimi dettagli di %Ln pratica che non si erano potuti salvare l’ultima volta.</numerusform>
            <numerusform>Recuperati gli ultimi dettagli di %Ln pratiche che non si erano potuti salvare l’ultima volta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="156"/>
        <source>Some practices kept aside last time could not be read back; the file is left as it is at %1. Nothing was deleted.</source>
        <translation>Alcune pratiche messe da parte l’ultima volta non si sono potute rileggere; il file resta com’è in %1. Non è stato eliminato nulla.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="160"/>
        <source>Some practices kept aside last time can&apos;t be added to the log just now; they are kept safe and will be added next time.</source>
        <translation>Alcune pratiche messe da parte l’ultima volta non si possono aggiungere al registro in questo momento; restano al sicuro e saranno aggiunte la prossima volta.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="165"/>
        <source>The folder for the practice log can&apos;t be made: %1</source>
        <translation>Non è possibile creare la cartella del registro delle pratiche: %1</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="168"/>
        <source>The practice log %1 was written by a newer Anapana (%2); please update Anapana to keep using it. It has not been changed, and nothing new is written to it.</source>
        <translation>Il registro delle pratiche %1 è stato scritto da una versione più recente di Anapana (%2); aggiorna Anapana per continuare a usarlo. Non è stato modificato, e non vi viene scritto nulla di nuovo.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="173"/>
        <source>format %1</source>
        <comment>why the log looks written by a newer Anapana</comment>
        <translation>formato %1</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="177"/>
        <source>it holds tables this version doesn&apos;t know: %1</source>
        <comment>why the log looks written by a newer Anapana</comment>
        <translation>contiene tabelle che questa versione non conosce: %1</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="181"/>
        <source>The practice log can&apos;t be opened: %1</source>
        <translation>Non è possibile aprire il registro delle pratiche: %1</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="184"/>
        <source>The practice log can&apos;t be opened, even to read it: %1</source>
        <translation>Non è possibile aprire il registro delle pratiche, nemmeno in lettura: %1</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="187"/>
        <source>The practice log %1 needs updating to this Anapana&apos;s format, and it can&apos;t be written just now (the disk is full or read-only). It has not been changed.</source>
        <translation>Il registro delle pratiche %1 va aggiornato al formato di questa versione di Anapana, e in questo momento non si può scrivere (il disco è pieno o di sola lettura). Non è stato modificato.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="192"/>
        <source>The practice log %1 can&apos;t be updated to this version&apos;s format (%2); it has not been changed.</source>
        <translation>Il registro delle pratiche %1 non si può aggiornare al formato di questa versione (%2); non è stato modificato.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="196"/>
        <source>The practice log can&apos;t be updated: %1</source>
        <translation>Non è possibile aggiornare il registro delle pratiche: %1</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="199"/>
        <source>The practice log %1 could not be read, and it can&apos;t be kept aside just now (%2); it has not been changed.</source>
        <translation>Non è stato possibile leggere il registro delle pratiche %1, e in questo momento non si può mettere da parte (%2); non è stato modificato.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="203"/>
        <source>The practice log could not be read, so it was kept aside as %1; a fresh log can&apos;t be started just now (%2).</source>
        <translation>Non è stato possibile leggere il registro delle pratiche, quindi è stato messo da parte come %1; in questo momento non si può avviare un nuovo registro (%2).</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="207"/>
        <source>%1 is a link; Anapana doesn&apos;t write to the practice log through links. Remove the link to go on.</source>
        <translation>%1 è un collegamento; Anapana non scrive nel registro delle pratiche attraverso collegamenti. Rimuovi il collegamento per continuare.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="211"/>
        <source>The practice log %1 is a link that can&apos;t be followed.</source>
        <translation>Il registro delle pratiche %1 è un collegamento che non si può seguire.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="214"/>
        <source>The practice log %1 is a link to %2, outside the data folder %3. Anapana only keeps your log inside its own folder, so it neither reads nor changes that file; move it into the folder (or remove the link).</source>
        <translation>Il registro delle pratiche %1 è un collegamento a %2, fuori dalla cartella dei dati %3. Anapana tiene il tuo registro solo nella propria cartella, quindi non legge né modifica quel file; spostalo nella cartella (o rimuovi il collegamento).</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="64"/>
        <source>it is unusually large (%1)</source>
        <translation>è insolitamente grande (%1)</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="65"/>
        <source>it can&apos;t be read (%1)</source>
        <translation>non si può leggere (%1)</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="66"/>
        <source>its header is cut short</source>
        <translation>la sua intestazione è troncata</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="67"/>
        <source>its header is not a SQLite journal header</source>
        <translation>la sua intestazione non è quella di un file delle transazioni SQLite</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="68"/>
        <source>its header checksum does not match</source>
        <translation>il checksum della sua intestazione non corrisponde</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="69"/>
        <source>its page size does not match the log&apos;s</source>
        <translation>la sua dimensione di pagina non corrisponde a quella del registro</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="70"/>
        <source>its page size is not valid</source>
        <translation>la sua dimensione di pagina non è valida</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="71"/>
        <source>a committed change in it fails its checksum</source>
        <translation>una modifica confermata al suo interno ha un checksum errato</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="72"/>
        <source>committed changes in it follow a frame that fails its checksum</source>
        <translation>contiene modifiche confermate dopo un blocco con un checksum errato</translation>
    </message>
</context>
<context>
    <name>LogWords</name>
    <message>
        <location filename="../app/shown_words.py" line="15"/>
        <source>heavy</source>
        <translation>pesante</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="16"/>
        <source>low</source>
        <translation>giù</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="17"/>
        <source>okay</source>
        <translation>così così</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="18"/>
        <source>good</source>
        <translation>bene</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="19"/>
        <source>bright</source>
        <translation>luminoso</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="20"/>
        <source>calm</source>
        <translation>calma</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="21"/>
        <source>content</source>
        <translation>contentezza</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="22"/>
        <source>grateful</source>
        <translation>gratitudine</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="23"/>
        <source>tender</source>
        <translation>tenerezza</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="24"/>
        <source>hopeful</source>
        <translation>speranza</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="25"/>
        <source>tired</source>
        <translation>stanchezza</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="26"/>
        <source>restless</source>
        <translation>irrequietezza</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="27"/>
        <source>anxious</source>
        <translation>ansia</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="28"/>
        <source>sad</source>
        <translation>tristezza</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="29"/>
        <source>irritable</source>
        <translation>irritazione</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="30"/>
        <source>scattered</source>
        <translation>dispersione</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="31"/>
        <source>numb</source>
        <translation>torpore</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/main_window.py" line="98"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="102"/>
        <source>About Anapana</source>
        <translation>Informazioni su Anapana</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="108"/>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="243"/>
        <location filename="../app/main_window.py" line="395"/>
        <source>No session called %1.</source>
        <translation>Nessuna sessione si chiama %1.</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="307"/>
        <source>The new session could not be made: %1</source>
        <translation>Non è stato possibile creare la nuova sessione: %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="314"/>
        <source>Made %1. Open it in your text editor to change it.</source>
        <translation>Ho creato %1. Aprilo nel tuo editor di testo per modificarlo.</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="317"/>
        <source>Made %1: save it in your editor and it updates here.</source>
        <translation>Ho creato %1: salvalo nel tuo editor e qui si aggiorna.</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="325"/>
        <source>The sessions folder could not be made: %1</source>
        <translation>Non è stato possibile creare la cartella delle sessioni: %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="329"/>
        <source>Your sessions folder is %1</source>
        <translation>La tua cartella delle sessioni è %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="333"/>
        <source>Open %1 in your text editor to change it.</source>
        <translation>Apri %1 nel tuo editor di testo per modificarlo.</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="370"/>
        <source>The practice log can&apos;t be opened, so there is no history to show.</source>
        <translation>Il registro delle pratiche non si può aprire, quindi non c’è una cronologia da mostrare.</translation>
    </message>
</context>
<context>
    <name>MoodByPractice</name>
    <message>
        <location filename="../app/history/charts.py" line="191"/>
        <source>Mood change by practice</source>
        <translation>Cambiamento dell&apos;umore per pratica</translation>
    </message>
</context>
<context>
    <name>MoodChart</name>
    <message>
        <location filename="../app/history/charts.py" line="124"/>
        <source>Mood before and after, by month</source>
        <translation>Umore prima e dopo, per mese</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="132"/>
        <source>Before the session (dashed)</source>
        <translation>Prima della sessione (linea tratteggiata)</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="133"/>
        <source>After the session</source>
        <translation>Dopo la sessione</translation>
    </message>
</context>
<context>
    <name>PacingFigure</name>
    <message>
        <location filename="../app/figure.py" line="73"/>
        <source>Breathing figure</source>
        <translation>Figura del respiro</translation>
    </message>
    <message>
        <location filename="../app/figure.py" line="75"/>
        <source>Swells as you breathe in and settles as you breathe out.</source>
        <translation>Si espande quando inspiri e torna a posarsi quando espiri.</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <location filename="../app/plan_preview.py" line="70"/>
        <source>feet</source>
        <translation>piedi</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="71"/>
        <source>knees</source>
        <translation>ginocchia</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="72"/>
        <source>hips</source>
        <translation>anche</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="73"/>
        <source>chest</source>
        <translation>petto</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="74"/>
        <source>head</source>
        <translation>testa</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="172"/>
        <source>Session preview</source>
        <translation>Anteprima della sessione</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="243"/>
        <source>breaths / min</source>
        <translation>respiri / min</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="244"/>
        <source>minutes</source>
        <translation>minuti</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <location filename="../app/player_view.py" line="78"/>
        <source>Player</source>
        <translation>Lettore</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="128"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="139"/>
        <source>Segment</source>
        <translation>Parte</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="142"/>
        <source>Time left</source>
        <translation>Tempo rimanente</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="150"/>
        <source>Session progress</source>
        <translation>Avanzamento della sessione</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="157"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="158"/>
        <source>Phase details</source>
        <translation>Dettagli della fase</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="159"/>
        <source>Body-scan step</source>
        <translation>Passo della scansione del corpo</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="160"/>
        <source>Next step</source>
        <translation>Passo successivo</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="161"/>
        <source>Prompt</source>
        <translation>Invito</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="162"/>
        <source>Segment intro</source>
        <translation>Introduzione alla parte</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="164"/>
        <source>Writing</source>
        <translation>Scrittura</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="165"/>
        <source>Your writing</source>
        <translation>Il tuo testo</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="167"/>
        <source>Write whatever comes; no one else will read it. It is saved as you type, in this session&apos;s journal note.</source>
        <translation>Scrivi qualunque cosa arrivi; nessun altro la leggerà. Viene salvata mentre scrivi, nella nota di diario di questa sessione.</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="169"/>
        <source>Done writing</source>
        <translation>Termina di scrivere</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="171"/>
        <source>Save, and go on to the next part (Ctrl+Enter)</source>
        <translation>Salva e passa alla parte successiva (Ctrl+Invio)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="176"/>
        <location filename="../app/player_view.py" line="515"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="176"/>
        <source>Pause or resume</source>
        <translation>Metti in pausa o riprendi</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="177"/>
        <source>Pause or resume (Space)</source>
        <translation>Metti in pausa o riprendi (Spazio)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="183"/>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="183"/>
        <source>Skip to the next part</source>
        <translation>Passa alla parte successiva</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="184"/>
        <source>Skip to the next part (→)</source>
        <translation>Passa alla parte successiva (→)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="185"/>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="186"/>
        <source>Go on when you are ready (Space or Enter)</source>
        <translation>Prosegui quando vuoi (Spazio o Invio)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="189"/>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="189"/>
        <source>Stop the session</source>
        <translation>Ferma la sessione</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="190"/>
        <source>Stop the session (Esc)</source>
        <translation>Ferma la sessione (Esc)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="192"/>
        <location filename="../app/player_view.py" line="630"/>
        <source>Mute</source>
        <translation>Silenzia</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="192"/>
        <source>Mute sound</source>
        <translation>Silenzia l&apos;audio</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="193"/>
        <source>Mute or unmute sound (M)</source>
        <translation>Silenzia o riattiva l&apos;audio (M)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="196"/>
        <source>Focus</source>
        <translation>Concentrazione</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="196"/>
        <source>Focus mode</source>
        <translation>Modalità concentrazione</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="197"/>
        <source>Show only the figure, full screen (F11)</source>
        <translation>Mostra solo la figura, a schermo intero (F11)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="488"/>
        <source>Take your time</source>
        <translation>Prenditi il tuo tempo</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="490"/>
        <source>%1 left</source>
        <comment>time left in the session</comment>
        <translation>mancano %1</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="497"/>
        <source>%1% done, %2</source>
        <translation>%1% completato, %2</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="515"/>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/player_view.py" line="526"/>
        <source>Settle in. Beginning in %n second(s)</source>
        <translation>
            <numerusform>Sistemati con calma. Si comincia tra un secondo</numerusform>
            <numerusform>Sistemati con calma. Si comincia tra %n secondi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="529"/>
        <location filename="../app/player_view.py" line="551"/>
        <source>Settle in</source>
        <translation>Sistemati con calma</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="531"/>
        <source>Paused. Press Space to resume</source>
        <translation>In pausa. Premi Spazio per riprendere</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="533"/>
        <source>Resumed</source>
        <translation>Ripresa</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="535"/>
        <source>Continue when you are ready: press Space or Enter</source>
        <translation>Continua quando vuoi: premi Spazio o Invio</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="537"/>
        <source>The session has ended. You practised for %1.</source>
        <translation>La sessione è finita. Hai praticato per %1.</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="539"/>
        <source>Session stopped. You practised for %1.</source>
        <translation>Sessione fermata. Hai praticato per %1.</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="551"/>
        <location filename="../app/player_view.py" line="555"/>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="552"/>
        <source>Beginning in %1</source>
        <translation>Si comincia tra %1</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="555"/>
        <source>Press Space or Resume to go on</source>
        <translation>Premi Spazio o Riprendi per proseguire</translation>
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
        <translation>Poi: %1</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="567"/>
        <location filename="../app/player_view.py" line="572"/>
        <source>Continue when you are ready</source>
        <translation>Continua quando vuoi</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="579"/>
        <source>breath %1 of %2</source>
        <translation>respiro %1 di %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/player_view.py" line="588"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n secondo</numerusform>
            <numerusform>%n secondi</numerusform>
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
        <translation>Riattiva audio</translation>
    </message>
</context>
<context>
    <name>PracticeTable</name>
    <message>
        <location filename="../app/history/table.py" line="31"/>
        <source>unknown date (damaged)</source>
        <translation>data sconosciuta (danneggiata)</translation>
    </message>
    <message>
        <location filename="../app/history/table.py" line="49"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../app/history/table.py" line="49"/>
        <source>Session</source>
        <translation>Sessione</translation>
    </message>
    <message>
        <location filename="../app/history/table.py" line="49"/>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <location filename="../app/history/table.py" line="49"/>
        <source>How it ended</source>
        <translation>Com&apos;è finita</translation>
    </message>
    <message>
        <location filename="../app/history/table.py" line="50"/>
        <source>Mood</source>
        <translation>Umore</translation>
    </message>
    <message>
        <location filename="../app/history/table.py" line="50"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>RateBars</name>
    <message>
        <location filename="../app/heart_result.py" line="97"/>
        <source>Heart-rate swing at each pace</source>
        <translation>Oscillazione della frequenza cardiaca a ogni ritmo</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="115"/>
        <source>%1 a minute: %2</source>
        <comment>a breathing rate: the heart&apos;s swing at it</comment>
        <translation>%1 al minuto: %2</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="117"/>
        <source>no clear reading</source>
        <translation>nessuna lettura chiara</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="118"/>
        <source>%1 beats a minute</source>
        <translation>%1 battiti al minuto</translation>
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
        <translation>Promemoria di Anapana</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="51"/>
        <source>Begin</source>
        <translation>Inizia</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="52"/>
        <source>Later</source>
        <translation>Più tardi</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="53"/>
        <source>Not today</source>
        <translation>Oggi no</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="54"/>
        <source>Offer this again in a little while</source>
        <translation>Proponimelo di nuovo tra un po&apos;</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="55"/>
        <source>No more reminders today</source>
        <translation>Niente più promemoria per oggi</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/reminder_note.py" line="74"/>
        <source>Offer this again in %n minute(s)</source>
        <translation>
            <numerusform>Proponimelo di nuovo tra un minuto</numerusform>
            <numerusform>Proponimelo di nuovo tra %n minuti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <location filename="../app/desktop/reminder_service.py" line="173"/>
        <source>A quiet moment, if you&apos;d like one.</source>
        <translation>Un momento di quiete, se ti va.</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_service.py" line="175"/>
        <source>%1 is here whenever you are.</source>
        <translation>%1 ti aspetta, quando vuoi.</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsPanel</name>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="62"/>
        <source>Offer gentle reminders to pause</source>
        <translation>Proponi gentili promemoria per una pausa</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="67"/>
        <source>Reminder times, separated by commas</source>
        <translation>Orari dei promemoria, separati da virgole</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="78"/>
        <source>Session a reminder suggests</source>
        <translation>Sessione proposta da un promemoria</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="79"/>
        <source>Just open Anapana</source>
        <translation>Apri semplicemente Anapana</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="88"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="90"/>
        <source>Later waits this many minutes</source>
        <translation>«Più tardi» attende questo numero di minuti</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="93"/>
        <source>Quiet hours, from</source>
        <translation>Ore di quiete, dalle</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="101"/>
        <source>Quiet hours start</source>
        <translation>Inizio delle ore di quiete</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="102"/>
        <source>Quiet hours end</source>
        <translation>Fine delle ore di quiete</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="106"/>
        <source>to</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="111"/>
        <source>Reminders stay quiet while you practise. They only come while Anapana runs; starting it at login, in the tray, keeps them coming.</source>
        <translation>I promemoria restano in silenzio mentre pratichi. Arrivano solo quando Anapana è in esecuzione; se lo avvii all&apos;accesso, nell&apos;area di notifica, continueranno ad arrivare.</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="116"/>
        <source>Keep Anapana in the tray when the window closes</source>
        <translation>Tieni Anapana nell&apos;area di notifica quando chiudi la finestra</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="119"/>
        <source>Start Anapana quietly when I log in</source>
        <translation>Avvia Anapana in silenzio quando accedo</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="123"/>
        <source>At</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="124"/>
        <source>On</source>
        <translation>Nei giorni</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="125"/>
        <source>Suggest</source>
        <translation>Proponi</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="126"/>
        <source>Later waits</source>
        <translation>«Più tardi» aspetta</translation>
    </message>
</context>
<context>
    <name>ResonanceReason</name>
    <message>
        <location filename="../hr/reason_text.py" line="14"/>
        <source>This session has no paced breathing to compare; the resonance assessment needs a session such as the resonance-rate finder.</source>
        <translation>Questa sessione non ha una respirazione guidata da confrontare; la valutazione della risonanza ha bisogno di una sessione come Trova il tuo ritmo di risonanza.</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="18"/>
        <source>No pace had enough clean heartbeats to compare (each needs the recording to cover it and at least %1 whole breaths after its first half minute).</source>
        <translation>Nessun ritmo aveva abbastanza battiti puliti da confrontare (ognuno ha bisogno che la registrazione lo copra e di almeno %1 respiri interi dopo il suo primo mezzo minuto).</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="22"/>
        <source>Your heart rate did not clearly rise and fall with the breath at any pace this time, so there is no suggestion. Breathing along with the sound, sitting comfortably and a chest strap that sends every beat usually help.</source>
        <translation>Questa volta la tua frequenza cardiaca non è salita e scesa chiaramente con il respiro a nessun ritmo, quindi non c’è un suggerimento. Di solito aiuta respirare seguendo il suono, stare seduti comodi e usare una fascia cardio che trasmetta ogni battito.</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="27"/>
        <source>Only %1 breaths a minute had enough heart data to measure, so it is the suggestion; a full run through every pace gives a surer answer.</source>
        <translation>Solo il ritmo di %1 respiri al minuto aveva abbastanza dati cardiaci da misurare, quindi è il suggerimento; un passaggio completo attraverso tutti i ritmi dà una risposta più sicura.</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="31"/>
        <source>At %1 breaths a minute your heart showed %2 (%3).</source>
        <translation>A %1 respiri al minuto il tuo cuore ha mostrato %2 (%3).</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="32"/>
        <source>At %1 breaths a minute your heart did best across the measures taken together (%2).</source>
        <translation>A %1 respiri al minuto il tuo cuore ha dato il risultato migliore sull’insieme delle misure (%2).</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="35"/>
        <source>%1 beats a minute from peak to trough</source>
        <translation>%1 battiti al minuto tra il punto più alto e il più basso</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="36"/>
        <source>%1 breaths a minute came very close, so either pace will serve you well.</source>
        <translation>%1 respiri al minuto sono andati molto vicino, quindi entrambi i ritmi ti faranno bene.</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="38"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="39"/>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="41"/>
        <source>the largest heart-rate swing with each breath</source>
        <translation>l’oscillazione della frequenza cardiaca più ampia a ogni respiro</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="43"/>
        <source>the most low-frequency heart-rate variability</source>
        <translation>la maggiore variabilità della frequenza cardiaca a bassa frequenza</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="45"/>
        <source>the highest low-frequency peak</source>
        <translation>il picco a bassa frequenza più alto</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="46"/>
        <source>heart rate rising and falling most steadily with the breath</source>
        <translation>una frequenza cardiaca che sale e scende con il respiro nel modo più regolare</translation>
    </message>
</context>
<context>
    <name>ResonanceResultView</name>
    <message>
        <location filename="../app/heart_result.py" line="27"/>
        <source>A practice aid, not a medical measurement: the pace that feels easiest is a fine choice too.</source>
        <translation>Un aiuto alla pratica, non una misurazione medica: anche il ritmo che senti più facile è un&apos;ottima scelta.</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="80"/>
        <source>The session could not be written: %1</source>
        <translation>Non è stato possibile scrivere la sessione: %1</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="86"/>
        <source>The session came out wrong and was not kept: %1</source>
        <translation>La sessione non è stata creata correttamente e non è stata conservata: %1</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="178"/>
        <source>How your heart followed each pace</source>
        <translation>Come il tuo cuore ha seguito ogni ritmo</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="181"/>
        <source>The rise and fall of your heart rate with each breath, in beats a minute</source>
        <translation>La salita e la discesa della tua frequenza cardiaca a ogni respiro, in battiti al minuto</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="187"/>
        <source>Recommended pace</source>
        <translation>Ritmo consigliato</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="192"/>
        <source>Why this pace</source>
        <translation>Perché questo ritmo</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="204"/>
        <location filename="../app/heart_result.py" line="206"/>
        <source>Create my resonance session</source>
        <translation>Crea la mia sessione di risonanza</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="216"/>
        <location filename="../app/heart_result.py" line="217"/>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="247"/>
        <source>No clear resonance pace this time</source>
        <translation>Questa volta nessun ritmo di risonanza chiaro</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="250"/>
        <source>Your resonance pace looks like %1 breaths a minute</source>
        <translation>Il tuo ritmo di risonanza sembra essere di %1 respiri al minuto</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="273"/>
        <source>Made %1 in your sessions: it is in the library now, and you can open it in a text editor to change it.</source>
        <translation>Il file %1 è stato creato tra le tue sessioni: ora è nella libreria e puoi aprirlo in un editor di testo per modificarlo.</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <location filename="../app/session_flow.py" line="178"/>
        <location filename="../app/session_flow.py" line="193"/>
        <source>End the session?</source>
        <translation>Terminare la sessione?</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="179"/>
        <source>You have practised for %1.</source>
        <translation>Hai praticato per %1.</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="180"/>
        <source>End the session here? What you practised is kept.</source>
        <translation>Terminare qui la sessione? Quello che hai praticato resta salvato.</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="181"/>
        <location filename="../app/session_flow.py" line="197"/>
        <source>End session</source>
        <translation>Termina la sessione</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="182"/>
        <location filename="../app/session_flow.py" line="198"/>
        <source>Keep going</source>
        <translation>Continua a praticare</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="194"/>
        <source>This is the last part of the session.</source>
        <translation>Questa è l’ultima parte della sessione.</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="196"/>
        <source>Skipping it ends the session here. What you practised is kept.</source>
        <translation>Se la salti, la sessione finisce qui. Quello che hai praticato resta salvato.</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="214"/>
        <source>The heart rate can&apos;t be shown this time (%1).</source>
        <translation>Questa volta la frequenza cardiaca non si può mostrare (%1).</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="264"/>
        <source>Made %1: it is in your library.</source>
        <translation>Ho creato %1: è nella tua libreria.</translation>
    </message>
</context>
<context>
    <name>SessionTags</name>
    <message>
        <location filename="../app/tag_names.py" line="19"/>
        <source>assessment</source>
        <translation>valutazione</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="20"/>
        <source>body-scan</source>
        <translation>scansione del corpo</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="21"/>
        <source>breath</source>
        <translation>respiro</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="22"/>
        <source>breath-hold</source>
        <translation>trattenere il respiro</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="23"/>
        <source>breathing</source>
        <translation>respirazione</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="24"/>
        <source>calm</source>
        <translation>calma</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="25"/>
        <source>compassion</source>
        <translation>compassione</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="26"/>
        <source>emotions</source>
        <translation>emozioni</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="27"/>
        <source>energy</source>
        <translation>energia</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="28"/>
        <source>evening</source>
        <translation>sera</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="29"/>
        <source>focus</source>
        <translation>concentrazione</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="30"/>
        <source>hrv</source>
        <translation>HRV</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="31"/>
        <source>intention</source>
        <translation>intenzione</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="32"/>
        <source>journaling</source>
        <translation>diario</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="33"/>
        <source>labelling</source>
        <translation>dare un nome</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="34"/>
        <source>long</source>
        <translation>lunga</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="35"/>
        <source>mbsr</source>
        <translation>MBSR</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="36"/>
        <source>meditation</source>
        <translation>meditazione</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="37"/>
        <source>metta</source>
        <translation>metta</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="38"/>
        <source>mindfulness</source>
        <translation>consapevolezza</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="39"/>
        <source>mood</source>
        <translation>umore</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="40"/>
        <source>morning</source>
        <translation>mattina</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="41"/>
        <source>pause</source>
        <translation>pausa</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="42"/>
        <source>rain</source>
        <translation>RAIN</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="43"/>
        <source>relaxation</source>
        <translation>rilassamento</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="44"/>
        <source>resonance</source>
        <translation>risonanza</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="45"/>
        <source>rounds</source>
        <translation>cicli</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="46"/>
        <source>self-compassion</source>
        <translation>autocompassione</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="47"/>
        <source>short</source>
        <translation>breve</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="48"/>
        <source>silence</source>
        <translation>silenzio</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="49"/>
        <source>sleep</source>
        <translation>sonno</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="50"/>
        <source>timer</source>
        <translation>timer</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="51"/>
        <source>writing</source>
        <translation>scrittura</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/settings_dialog.py" line="29"/>
        <location filename="../app/settings_dialog.py" line="68"/>
        <source>Follow the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="30"/>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="31"/>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="32"/>
        <source>Circle</source>
        <translation>Cerchio</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="33"/>
        <source>Square (traces its sides, for box breathing)</source>
        <translation>Quadrato (ne percorre i lati, per la respirazione quadrata)</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="35"/>
        <source>The session&apos;s own cues</source>
        <translation>I segnali della sessione</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="36"/>
        <source>Say in, hold, out</source>
        <translation>Pronuncia «inspira», «trattieni», «espira»</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="37"/>
        <source>A distinct tone for in, hold and out</source>
        <translation>Un suono diverso per inspirare, trattenere ed espirare</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="56"/>
        <location filename="../app/settings_dialog.py" line="57"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="60"/>
        <location filename="../app/settings_dialog.py" line="145"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="67"/>
        <source>Language of the app (after a restart)</source>
        <translation>Lingua dell&apos;app (dopo un riavvio)</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="74"/>
        <source>The new language shows the next time Anapana starts.</source>
        <translation>La nuova lingua apparirà al prossimo avvio di Anapana.</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="80"/>
        <source>Figure style</source>
        <translation>Stile della figura</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="87"/>
        <source>Reduce motion (the figure changes colour instead of size)</source>
        <translation>Riduci il movimento (la figura cambia colore invece che dimensione)</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="88"/>
        <source>Reduce motion</source>
        <translation>Riduci il movimento</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="93"/>
        <source>Lead-in before a session, in seconds</source>
        <translation>Preparazione prima di una sessione, in secondi</translation>
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
        <translation>Leggi la guida ad alta voce</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="105"/>
        <source>Following with eyes closed</source>
        <translation>Seguire a occhi chiusi</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="111"/>
        <location filename="../app/settings_dialog.py" line="132"/>
        <source>Voice</source>
        <translation>Voce</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="112"/>
        <source>The session&apos;s language (default)</source>
        <translation>La lingua della sessione (predefinita)</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="125"/>
        <source>%1 volume</source>
        <translation>Volume: %1</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="131"/>
        <source>Eyes closed</source>
        <translation>Occhi chiusi</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="133"/>
        <source>Natural voices…</source>
        <translation>Voci naturali…</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="134"/>
        <source>Add, download and choose Piper voices</source>
        <translation>Aggiungi, scarica e scegli le voci Piper</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="138"/>
        <location filename="../app/settings_dialog.py" line="139"/>
        <source>Announce each phase to screen readers</source>
        <translation>Annuncia ogni fase ai lettori di schermo</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="143"/>
        <source>Appearance</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="146"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="148"/>
        <source>Figure</source>
        <translation>Figura</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="150"/>
        <source>Practice</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="152"/>
        <source>Lead-in</source>
        <translation>Preparazione</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="153"/>
        <source>Sound</source>
        <translation>Suono</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="155"/>
        <location filename="../app/settings_dialog.py" line="156"/>
        <source>Show the spoken words as captions</source>
        <translation>Mostra le parole pronunciate come sottotitoli</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="160"/>
        <source>Accessibility</source>
        <translation>Accessibilità</translation>
    </message>
</context>
<context>
    <name>SoundChannels</name>
    <message>
        <location filename="../sound/channels.py" line="16"/>
        <source>Breath cues</source>
        <translation>Segnali del respiro</translation>
    </message>
    <message>
        <location filename="../sound/channels.py" line="17"/>
        <source>Bells</source>
        <translation>Campane</translation>
    </message>
    <message>
        <location filename="../sound/channels.py" line="18"/>
        <source>Voice</source>
        <translation>Voce</translation>
    </message>
</context>
<context>
    <name>SoundLayer</name>
    <message>
        <location filename="../app/sound_sink.py" line="261"/>
        <source>A spoken line could not be rendered — its words are shown instead</source>
        <translation>Non è stato possibile generare una frase parlata: al suo posto ne vengono mostrate le parole</translation>
    </message>
</context>
<context>
    <name>SoundNotices</name>
    <message>
        <location filename="../sound/output.py" line="28"/>
        <source>No sound device found — cues are off</source>
        <translation>Nessun dispositivo audio trovato: i suoni restano in silenzio</translation>
    </message>
    <message>
        <location filename="../sound/speech.py" line="30"/>
        <source>Spoken guidance is not available here — the words are shown instead</source>
        <translation>La guida parlata non è disponibile qui: al suo posto vengono mostrate le parole</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../app/background_task.py" line="79"/>
        <source>Something went wrong: %1</source>
        <translation>Qualcosa non ha funzionato: %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../app/desktop/tray.py" line="45"/>
        <source>Open Anapana</source>
        <translation>Apri Anapana</translation>
    </message>
    <message>
        <location filename="../app/desktop/tray.py" line="46"/>
        <location filename="../app/desktop/tray.py" line="83"/>
        <source>Pause reminders for today</source>
        <translation>Sospendi i promemoria per oggi</translation>
    </message>
    <message>
        <location filename="../app/desktop/tray.py" line="48"/>
        <source>About Anapana</source>
        <translation>Informazioni su Anapana</translation>
    </message>
    <message>
        <location filename="../app/desktop/tray.py" line="49"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location filename="../app/desktop/tray.py" line="82"/>
        <source>Resume reminders today</source>
        <translation>Riprendi i promemoria oggi</translation>
    </message>
</context>
<context>
    <name>VoiceErrors</name>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="121"/>
        <source>a file path must be a short text</source>
        <translation>un percorso di file deve essere un testo breve</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="124"/>
        <source>the file path %1 is nested too deeply</source>
        <translation>il percorso di file %1 è annidato troppo in profondità</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="128"/>
        <source>the file path %1 could leave the voices folder (only plain names separated by / are allowed)</source>
        <translation>il percorso di file %1 potrebbe uscire dalla cartella delle voci (sono ammessi solo nomi semplici separati da /)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="136"/>
        <source>%1: an object with size_bytes and md5_digest expected</source>
        <translation>%1: era atteso un oggetto con size_bytes e md5_digest</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="140"/>
        <source>%1: size_bytes must be a whole number from 1 to %2</source>
        <translation>%1: size_bytes deve essere un numero intero da 1 a %2</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="145"/>
        <source>%1: md5_digest must be 32 hexadecimal digits</source>
        <translation>%1: md5_digest deve avere 32 cifre esadecimali</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="153"/>
        <source>&apos;language&apos; must be an object with a code</source>
        <translation>&apos;language&apos; deve essere un oggetto con un code</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="158"/>
        <source>language.code must be a language tag such as en_US</source>
        <translation>language.code deve essere un codice di lingua come en_US</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="170"/>
        <source>the voice&apos;s name has characters other than letters, digits, _ . -</source>
        <translation>il nome della voce contiene caratteri diversi da lettere, cifre, _ . -</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="173"/>
        <source>an object expected</source>
        <translation>era atteso un oggetto</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="177"/>
        <source>quality must be one of %1</source>
        <translation>quality deve essere uno di questi valori: %1</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="184"/>
        <source>num_speakers must be a whole number from 1</source>
        <translation>num_speakers deve essere un numero intero a partire da 1</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="188"/>
        <source>&apos;files&apos; must be an object of path → size and digest</source>
        <translation>&apos;files&apos; deve essere un oggetto percorso → dimensione e checksum</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="191"/>
        <source>more than %1 files</source>
        <translation>più di %1 file</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="205"/>
        <source>the files %1.onnx and %1.onnx.json must both be listed</source>
        <translation>i file %1.onnx e %1.onnx.json devono essere elencati entrambi</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="220"/>
        <source>%1: a JSON object of voices expected at the top</source>
        <translation>%1: era atteso un oggetto JSON di voci al livello più alto</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="223"/>
        <source>%1: more than %2 voices; refusing to read it</source>
        <translation>%1: più di %2 voci; il file non viene letto</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="231"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="235"/>
        <source>%1: no voice in it can be used (%2)</source>
        <translation>%1: nessuna delle sue voci si può usare (%2)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="237"/>
        <source>%1: no voice in it can be used</source>
        <translation>%1: nessuna delle sue voci si può usare</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="55"/>
        <source>The download was cancelled; it can continue later.</source>
        <translation>Il download è stato annullato; potrà riprendere più tardi.</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="105"/>
        <source>%1 is not an http:// or https:// address</source>
        <translation>%1 non è un indirizzo http:// o https://</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="108"/>
        <source>%1: a catalogue address has no ?query or #fragment</source>
        <translation>%1: un indirizzo di catalogo non ha né ?query né #fragment</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="123"/>
        <source>the server sent the request on to an address that is not http(s) or that drops https; refused</source>
        <translation>il server ha inoltrato la richiesta a un indirizzo che non è http(s) o che abbandona https; rifiutato</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="126"/>
        <source>the server answered %1 %2</source>
        <translation>il server ha risposto %1 %2</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="131"/>
        <source>the address could not be found (are you offline?)</source>
        <translation>l&apos;indirizzo non è stato trovato (sei offline?)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="133"/>
        <source>could not connect (%1)</source>
        <translation>non è stato possibile collegarsi (%1)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="136"/>
        <source>the server stopped answering</source>
        <translation>il server ha smesso di rispondere</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="138"/>
        <source>the connection dropped</source>
        <translation>la connessione si è interrotta</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="150"/>
        <source>%1: %2 bytes is too large (at most %3)</source>
        <translation>%1: %2 byte sono troppi (al massimo %3)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="163"/>
        <source>%1: larger than %2 bytes; refused</source>
        <translation>%1: più grande di %2 byte; rifiutato</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="171"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="211"/>
        <source>%1: the server resumed at the wrong place; starting over next time</source>
        <translation>%1: il server ha ripreso dal punto sbagliato; la prossima volta si ricomincerà da capo</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="218"/>
        <source>%1: unexpected answer %2</source>
        <translation>%1: risposta inattesa %2</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="222"/>
        <source>%1: the server offers %2 bytes but the catalogue says %3; refused</source>
        <translation>%1: il server offre %2 byte ma il catalogo ne indica %3; rifiutato</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="237"/>
        <source>%1: more than the %2 bytes the catalogue promised; refused</source>
        <translation>%1: più dei %2 byte indicati dal catalogo; rifiutato</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="278"/>
        <source>it ended early</source>
        <translation>si è fermato prima del previsto</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="279"/>
        <source>%1: stopped at %2 of %3 bytes (%4). Try again later: it continues where it stopped.</source>
        <translation>%1: fermo a %2 di %3 byte (%4). Riprova più tardi: riprenderà da dove si è fermato.</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="284"/>
        <source>%1: the file&apos;s checksum does not match the catalogue&apos;s, so it was not installed (it may be damaged or altered).</source>
        <translation>%1: il checksum del file non corrisponde a quello del catalogo, quindi non è stato installato (potrebbe essere danneggiato o modificato).</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="307"/>
        <source>%1: the model card does not match the catalogue&apos;s checksum</source>
        <translation>%1: la scheda del modello non corrisponde al checksum del catalogo</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="61"/>
        <source>%1 is not a number JSON allows</source>
        <translation>%1 non è un numero ammesso da JSON</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="69"/>
        <source>the key %1 appears twice</source>
        <translation>la chiave %1 compare due volte</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="123"/>
        <source>%1: %2 bytes is too large (at most %3 expected)</source>
        <translation>%1: %2 byte sono troppi (attesi al massimo %3)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="129"/>
        <source>%1: byte %2 is not UTF-8 text (JSON expected)</source>
        <translation>%1: il byte %2 non è testo UTF-8 (atteso JSON)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="138"/>
        <source>%1:%2:%3: not valid JSON (%4)</source>
        <translation>%1:%2:%3: JSON non valido (%4)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="143"/>
        <source>%1: not usable JSON (%2)</source>
        <translation>%1: JSON non utilizzabile (%2)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="152"/>
        <source>%1: nested more than %2 levels deep</source>
        <translation>%1: annidato per più di %2 livelli</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="162"/>
        <source>%1: there is no such file (%2 expected)</source>
        <translation>%1: questo file non esiste (atteso %2)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="167"/>
        <source>%1: is a symbolic link; please choose the file itself</source>
        <translation>%1: è un collegamento simbolico; scegli il file vero e proprio</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="176"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: non si può leggere (%2)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="182"/>
        <source>%1: is not a regular file (%2 expected)</source>
        <translation>%1: non è un file normale (atteso %2)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="191"/>
        <source>%1: %2 bytes is too large for %3 (at most %4)</source>
        <translation>%1: %2 byte sono troppi per %3 (al massimo %4)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="198"/>
        <location filename="../sound/tts/voice_store.py" line="377"/>
        <source>%1: cannot be opened (%2)</source>
        <translation>%1: non si può aprire (%2)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="206"/>
        <source>%1: grew past %2 bytes while being read</source>
        <translation>%1: è cresciuto oltre %2 byte durante la lettura</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="219"/>
        <source>%1: only %2 bytes, too small to be a voice model</source>
        <translation>%1: solo %2 byte, troppo piccolo per essere un modello di voce</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="223"/>
        <source>%1: %2 bytes is larger than any voice (at most %3)</source>
        <translation>%1: %2 byte sono più di qualsiasi voce (al massimo %3)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="227"/>
        <source>%1: does not look like an ONNX model (.onnx expected)</source>
        <translation>%1: non sembra un modello ONNX (atteso .onnx)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="234"/>
        <source>an .onnx voice model</source>
        <translation>un modello di voce .onnx</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="247"/>
        <source>%1: the key %2 is missing (%3 expected)</source>
        <translation>%1: manca la chiave %2 (atteso %3)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="252"/>
        <source>%1: %2 is %3, %4 expected</source>
        <translation>%1: %2 è %3, atteso %4</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="266"/>
        <source>%1: a JSON object expected at the top</source>
        <translation>%1: era atteso un oggetto JSON al livello più alto</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="268"/>
        <source>a whole number</source>
        <translation>un numero intero</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="270"/>
        <source>an object with sample_rate</source>
        <translation>un oggetto con sample_rate</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="273"/>
        <source>%1: audio.sample_rate %2 is outside 8000–48000 Hz</source>
        <translation>%1: audio.sample_rate %2 è fuori da 8000–48000 Hz</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="277"/>
        <source>%1: audio.quality %2 is not one of %3</source>
        <translation>%1: audio.quality %2 non è uno di questi valori: %3</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="281"/>
        <source>an object of phoneme → ids</source>
        <translation>un oggetto fonema → identificativi</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="283"/>
        <source>%1: phoneme_id_map must hold 1 to 4096 phonemes</source>
        <translation>%1: phoneme_id_map deve contenere da 1 a 4096 fonemi</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="287"/>
        <source>%1: phoneme_id_map has no %2 (sentence start, pause and end markers expected)</source>
        <translation>%1: phoneme_id_map non ha %2 (attesi i segni di inizio frase, pausa e fine)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="294"/>
        <source>%1: phoneme_id_map[%2] must be a list of small whole numbers</source>
        <translation>%1: phoneme_id_map[%2] deve essere un elenco di piccoli numeri interi</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="299"/>
        <source>%1: &apos;espeak&apos; must be an object with a voice</source>
        <translation>%1: &apos;espeak&apos; deve essere un oggetto con una voice</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="303"/>
        <source>%1: espeak.voice must be a short text</source>
        <translation>%1: espeak.voice deve essere un testo breve</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="309"/>
        <source>%1: phoneme_type %2 is not supported here (%3 or %4 expected)</source>
        <translation>%1: phoneme_type %2 non è supportato qui (atteso %3 o %4)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="313"/>
        <source>%1: espeak.voice is missing (an espeak-ng voice expected)</source>
        <translation>%1: manca espeak.voice (attesa una voce espeak-ng)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="317"/>
        <source>%1: num_symbols %2 is outside 1–65536</source>
        <translation>%1: num_symbols %2 è fuori da 1–65536</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="322"/>
        <source>%1: num_speakers must be a whole number from 1</source>
        <translation>%1: num_speakers deve essere un numero intero a partire da 1</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="326"/>
        <source>%1: &apos;inference&apos; must be an object</source>
        <translation>%1: &apos;inference&apos; deve essere un oggetto</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="330"/>
        <source>%1: inference.length_scale must be a number from 0.1 to 10</source>
        <translation>%1: inference.length_scale deve essere un numero da 0,1 a 10</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="338"/>
        <source>%1: language code %2 is not a language tag</source>
        <translation>%1: il codice di lingua %2 non è un codice di lingua valido</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="58"/>
        <source>Not stated — check where the voice came from</source>
        <translation>Non indicata: controlla da dove proviene la voce</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="109"/>
        <source>The voice %1 is not installed.</source>
        <translation>La voce %1 non è installata.</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="113"/>
        <source>%1 is not a voice name</source>
        <translation>%1 non è un nome di voce</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="116"/>
        <source>voice settings</source>
        <translation>le impostazioni della voce</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="117"/>
        <source>a model card</source>
        <translation>una scheda del modello</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="189"/>
        <source>%1: not a voice folder name</source>
        <translation>%1: non è un nome di cartella di voce</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="194"/>
        <source>voice settings (.onnx.json)</source>
        <translation>le impostazioni della voce (.onnx.json)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="201"/>
        <source>voice details</source>
        <translation>i dettagli della voce</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="239"/>
        <source>voice choices</source>
        <translation>le voci scelte</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="331"/>
        <source>%1: please choose the voice&apos;s .onnx file</source>
        <translation>%1: scegli il file .onnx della voce</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="335"/>
        <source>%1: the name may hold only letters, digits, _ . and - (rename the .onnx and .onnx.json files, keeping them alike)</source>
        <translation>%1: il nome può contenere solo lettere, cifre, _ . e - (rinomina i file .onnx e .onnx.json allo stesso modo)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="340"/>
        <source>the voice&apos;s settings (.onnx.json, next to the .onnx)</source>
        <translation>le impostazioni della voce (.onnx.json, accanto al .onnx)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="367"/>
        <source>%1: the voice could not be read back after copying</source>
        <translation>%1: non è stato possibile rileggere la voce dopo averla copiata</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="424"/>
        <source>There is not enough free space for %1: it needs %2 MB and %3 MB are free in %4.</source>
        <translation>Non c&apos;è abbastanza spazio libero per %1: servono %2 MB e in %4 ne sono liberi %3.</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="452"/>
        <source>The downloaded voice is not usable: %1</source>
        <translation>La voce scaricata non si può usare: %1</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="474"/>
        <source>%1: could not be read back after installing</source>
        <translation>%1: non è stato possibile rileggerla dopo l&apos;installazione</translation>
    </message>
</context>
<context>
    <name>VoiceManager</name>
    <message>
        <location filename="../app/voice_manager.py" line="68"/>
        <source>Voice</source>
        <translation>Voce</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="69"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="70"/>
        <source>Quality</source>
        <translation>Qualità</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="71"/>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="72"/>
        <source>Speaks</source>
        <translation>Parla</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="83"/>
        <location filename="../app/voice_manager.py" line="84"/>
        <source>Natural voices</source>
        <translation>Voci naturali</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="87"/>
        <source>Natural voices (Piper) speak the guidance on this computer, without the internet. Each voice was made from someone&apos;s recordings and has its own licence, shown here.</source>
        <translation>Le voci naturali (Piper) leggono la guida su questo computer, senza internet. Ogni voce è nata dalle registrazioni di una persona e ha una sua licenza, indicata qui.</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="95"/>
        <source>Installed voices</source>
        <translation>Voci installate</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="106"/>
        <source>Voice manager status</source>
        <translation>Stato della gestione delle voci</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="108"/>
        <source>Add a voice…</source>
        <translation>Aggiungi una voce…</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="110"/>
        <source>Import a Piper voice (.onnx with its .onnx.json) from a folder</source>
        <translation>Importa una voce Piper (.onnx con il suo .onnx.json) da una cartella</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="112"/>
        <source>Download…</source>
        <translation>Scarica…</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="113"/>
        <source>Choose a voice from Piper&apos;s voices catalogue</source>
        <translation>Scegli una voce dal catalogo delle voci di Piper</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="115"/>
        <location filename="../app/voice_manager.py" line="188"/>
        <source>Use for its language</source>
        <translation>Usa per la sua lingua</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="117"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="144"/>
        <source>Piper is not installed, so these voices stay silent and espeak-ng speaks instead. Install Anapana with its `voice` extra to hear them.</source>
        <translation>Piper non è installato, quindi queste voci restano in silenzio e al loro posto parla espeak-ng. Installa Anapana con l&apos;extra `voice` per sentirle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/voice_manager.py" line="147"/>
        <source>%n voice folder(s) could not be used: %1</source>
        <translation>
            <numerusform>Non è stato possibile usare una cartella di voci: %1</numerusform>
            <numerusform>Non è stato possibile usare %n cartelle di voci: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="159"/>
        <source>%1 (your choice)</source>
        <translation>%1 (scelta tua)</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="160"/>
        <source>%1 (automatically)</source>
        <translation>%1 (automaticamente)</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="173"/>
        <source>No natural voice is installed yet: add one you have, or download one.</source>
        <translation>Non c&apos;è ancora nessuna voce naturale installata: aggiungine una che hai, oppure scaricane una.</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="190"/>
        <source>Choose automatically for %1</source>
        <translation>Scegli automaticamente per %1</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="193"/>
        <source>Use for %1</source>
        <translation>Usa per %1</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="198"/>
        <source>Add a Piper voice</source>
        <translation>Aggiungi una voce Piper</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="198"/>
        <source>Piper voices (*.onnx)</source>
        <translation>Voci Piper (*.onnx)</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="219"/>
        <source>Adding %1…</source>
        <translation>Aggiunta di %1…</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="225"/>
        <source>%1 was added. Licence: %2</source>
        <translation>%1 è stata aggiunta. Licenza: %2</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="232"/>
        <source>This voice could not be added. %1</source>
        <translation>Non è stato possibile aggiungere questa voce. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="255"/>
        <source>The choice could not be saved. %1</source>
        <translation>Non è stato possibile salvare la scelta. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="260"/>
        <source>Anapana will pick the best installed voice for %1.</source>
        <translation>Anapana sceglierà la migliore voce installata per %1.</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="261"/>
        <source>%1 will speak %2.</source>
        <translation>%1 ora è la voce per %2.</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="268"/>
        <source>Remove this voice?</source>
        <translation>Rimuovere questa voce?</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="269"/>
        <source>Remove %1 (%2)? You can add or download it again later.</source>
        <translation>Rimuovere %1 (%2)? Potrai aggiungerla o scaricarla di nuovo più tardi.</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="275"/>
        <source>The voice could not be removed. %1</source>
        <translation>Non è stato possibile rimuovere la voce. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="278"/>
        <source>%1 was removed.</source>
        <translation>%1 è stata rimossa.</translation>
    </message>
</context>
<context>
    <name>WeeksChart</name>
    <message>
        <location filename="../app/history/charts.py" line="86"/>
        <source>Minutes per week</source>
        <translation>Minuti a settimana</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="113"/>
        <source>minutes</source>
        <translation>minuti</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="115"/>
        <source>Minutes practised in a week</source>
        <translation>Minuti di pratica in una settimana</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../app/words.py" line="16"/>
        <source>Breathe in</source>
        <translation>Inspira</translation>
    </message>
    <message>
        <location filename="../app/words.py" line="17"/>
        <location filename="../app/words.py" line="19"/>
        <source>Hold</source>
        <translation>Trattieni</translation>
    </message>
    <message>
        <location filename="../app/words.py" line="18"/>
        <source>Breathe out</source>
        <translation>Espira</translation>
    </message>
    <message>
        <location filename="../app/words.py" line="20"/>
        <source>Sit quietly</source>
        <translation>Resta in silenzio</translation>
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
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/words.py" line="77"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n secondo</numerusform>
            <numerusform>%n secondi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/words.py" line="81"/>
        <source>Thank you for taking this time.</source>
        <translation>Grazie di aver dedicato questo tempo a te.</translation>
    </message>
    <message>
        <location filename="../app/words.py" line="85"/>
        <source>Every moment of practice counts.</source>
        <translation>Ogni momento di pratica conta.</translation>
    </message>
    <message>
        <location filename="../app/words.py" line="102"/>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 h</translation>
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
