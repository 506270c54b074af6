<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/desktop/about.py" line="31"/>
        <source>Anapana is a practice aid, not therapy and not a medical device. If things feel heavy, or breathing exercises leave you dizzy or uneasy, stop and breathe normally; and please reach out to someone you trust, your doctor or a mental health professional. You deserve that support. If you might be in danger or are thinking of harming yourself, please call your local emergency number or a crisis line now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/about.py" line="143"/>
        <source>About Anapana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/about.py" line="147"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/about.py" line="148"/>
        <source>Writing sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <location filename="../app/body_map.py" line="147"/>
        <source>feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="147"/>
        <source>lower legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="148"/>
        <source>knees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="148"/>
        <source>thighs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="149"/>
        <source>hips and pelvis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="149"/>
        <source>belly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="150"/>
        <source>chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="150"/>
        <source>back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="151"/>
        <source>hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="151"/>
        <source>arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="152"/>
        <source>shoulders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="152"/>
        <source>neck and throat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="153"/>
        <source>face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="153"/>
        <source>head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="154"/>
        <source>whole body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="155"/>
        <source>foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="155"/>
        <source>lower leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="156"/>
        <source>knee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="156"/>
        <source>thigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="157"/>
        <source>hip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="157"/>
        <source>hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="158"/>
        <source>arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="158"/>
        <source>shoulder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="159"/>
        <source>side of the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="184"/>
        <source>Body map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="250"/>
        <source> and </source>
        <comment>between area names</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="254"/>
        <source>left %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="254"/>
        <source>right %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="258"/>
        <source>An outline of a body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="260"/>
        <source>An outline of a body, all of it lit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="262"/>
        <source>An outline of a body with the %1 lit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="265"/>
        <source>%1 Next: %2.</source>
        <comment>the body map&apos;s description, then the next areas</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreathCurve</name>
    <message>
        <location filename="../app/breath_curve.py" line="72"/>
        <source>Breath curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/breath_curve.py" line="73"/>
        <source>The breath over the last few seconds and the next twenty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptionView</name>
    <message>
        <location filename="../app/caption.py" line="33"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <location filename="../app/checkin.py" line="37"/>
        <source>How are you arriving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="38"/>
        <source>How do you feel now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="48"/>
        <source>Thank you for noticing how you are. You don&apos;t have to carry it alone: &lt;a href=&quot;care&quot;&gt;where to find support&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="64"/>
        <source>Where to find support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="129"/>
        <source>Pick what fits, if anything. Nothing here is right or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="139"/>
        <source>%1 (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="143"/>
        <source>Mood %1 of 5, key %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="150"/>
        <source>Any feelings here? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="157"/>
        <source>A feeling, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="165"/>
        <source>Skip (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="166"/>
        <source>Save (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletionView</name>
    <message>
        <location filename="../app/completion.py" line="55"/>
        <source>Back to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/completion.py" line="81"/>
        <source>You practised for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <location filename="../app/desktop/integration.py" line="165"/>
        <source>Still here in the tray, whenever you&apos;d like it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadDialog</name>
    <message>
        <location filename="../app/voice_manager.py" line="155"/>
        <location filename="../app/voice_manager.py" line="156"/>
        <source>Download a voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="166"/>
        <source>Catalogue address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="167"/>
        <source>Load the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="170"/>
        <location filename="../app/voice_manager.py" line="208"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="173"/>
        <source>Voices in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="180"/>
        <source>The voice&apos;s model card, with its licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="182"/>
        <source>Choose a voice to read where it comes from and its licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="184"/>
        <source>I have read this voice&apos;s licence and accept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="185"/>
        <source>Accept the voice&apos;s licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="188"/>
        <source>Download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="193"/>
        <source>Download status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="195"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="197"/>
        <source>Cancel download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="207"/>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="232"/>
        <source>The catalogue address is not usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="234"/>
        <source>Fetching the list of voices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/voice_manager.py" line="248"/>
        <source>%n voice(s) in the catalogue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="249"/>
        <source>%1 (%2 left out: their entries were malformed).</source>
        <comment>the number of voices, then how many were left out</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/voice_manager.py" line="251"/>
        <source>%n voice(s) in the catalogue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="265"/>
        <source>The list of voices could not be fetched. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="275"/>
        <source>%1 — %2, %3 quality, %4</source>
        <comment>voice name, language, quality (low, medium, high), size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="279"/>
        <source>%1 (installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="299"/>
        <source>The catalogue gives no model card for this voice, so its licence is not known. Please check it before you use the voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="303"/>
        <source>Reading this voice&apos;s licence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="326"/>
        <source>The licence could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="331"/>
        <source>Licence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="332"/>
        <source>The model card names no licence: please read it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="369"/>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="376"/>
        <source>Downloading %1… %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="388"/>
        <source>%1 is installed and ready to speak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="394"/>
        <source>The voice was not installed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="399"/>
        <source>Download cancelled. It continues where it stopped next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="404"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeartLive</name>
    <message>
        <location filename="../app/heart_live.py" line="269"/>
        <source>The heart recording could not be kept: the practice log isn&apos;t open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeartPanel</name>
    <message>
        <location filename="../app/heart_panel.py" line="31"/>
        <source>Looking for your heart-rate strap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="33"/>
        <source>The strap can&apos;t feel your skin; a little moisture on it helps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="35"/>
        <source>Heart signal lost for now; it will come back by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="127"/>
        <source>Heart rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="130"/>
        <source>Heart-rate swing of the last breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="135"/>
        <source>Heart rate now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="139"/>
        <source>Heart signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="185"/>
        <source>%1 beats a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="197"/>
        <source>strap battery %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="209"/>
        <source>last breath&apos;s swing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="212"/>
        <source>How far your heart rate rose and fell over the last breath, in beats a minute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeartRateSettingsPanel</name>
    <message>
        <location filename="../app/heart_settings.py" line="32"/>
        <source>Heart-rate features (a live trace under the breath curve, and a measured resonance pace) need the optional Bluetooth and analysis packages. To enable them, install Anapana with its hr extra: pip install &apos;anapana[hr]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="61"/>
        <location filename="../app/heart_settings.py" line="63"/>
        <source>Heart rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="71"/>
        <source>How to enable heart-rate features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="76"/>
        <location filename="../app/heart_settings.py" line="77"/>
        <source>Show my heart rate during sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="81"/>
        <source>Chosen strap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="84"/>
        <source>Straps found nearby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="85"/>
        <source>Find straps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="86"/>
        <source>Find heart-rate straps nearby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="88"/>
        <source>Use this strap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="90"/>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="91"/>
        <source>Forget the chosen strap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="124"/>
        <source>Strap: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="124"/>
        <source>heart-rate strap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="127"/>
        <source>No strap chosen yet. Put it on (most straps wake with skin contact), then Find straps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="138"/>
        <source>Looking for heart-rate straps nearby…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="147"/>
        <source>Bluetooth didn&apos;t answer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="150"/>
        <source>Bluetooth didn&apos;t answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="164"/>
        <source>Heart-rate strap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="165"/>
        <source>%1 (%2)</source>
        <comment>a strap&apos;s name and address</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="170"/>
        <source>%1 Is Bluetooth switched on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="173"/>
        <source>No strap answered. Wet the electrodes, put it on, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/heart_settings.py" line="175"/>
        <source>Found %n. Choose yours and press Use this strap.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="184"/>
        <source>%1 will be used in your sessions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeartTrace</name>
    <message>
        <location filename="../app/heart_panel.py" line="63"/>
        <source>Heart-rate trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="64"/>
        <source>Your heart rate over the last breaths.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalEditor</name>
    <message>
        <location filename="../app/journal.py" line="30"/>
        <source>Anything you&apos;d like to remember from this practice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="65"/>
        <source>Write as much or as little as you like. This stays on your computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="73"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="74"/>
        <source>Save and close the note (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="125"/>
        <source>%1 Your words are kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="133"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryGroups</name>
    <message>
        <location filename="../app/shown_words.py" line="42"/>
        <source>Breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="43"/>
        <source>Body scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="44"/>
        <source>Meditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="45"/>
        <source>Compassion and emotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="46"/>
        <source>Sits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="47"/>
        <source>Your sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogWords</name>
    <message>
        <location filename="../app/shown_words.py" line="15"/>
        <source>heavy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="16"/>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="17"/>
        <source>okay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="18"/>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="19"/>
        <source>bright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="20"/>
        <source>calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="21"/>
        <source>content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="22"/>
        <source>grateful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="23"/>
        <source>tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="24"/>
        <source>hopeful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="25"/>
        <source>tired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="26"/>
        <source>restless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="27"/>
        <source>anxious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="28"/>
        <source>sad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="29"/>
        <source>irritable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="30"/>
        <source>scattered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="31"/>
        <source>numb</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PacingFigure</name>
    <message>
        <location filename="../app/figure.py" line="63"/>
        <source>Breathing figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/figure.py" line="65"/>
        <source>Swells as you breathe in and settles as you breathe out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <location filename="../app/plan_preview.py" line="58"/>
        <source>feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="59"/>
        <source>knees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="60"/>
        <source>hips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="61"/>
        <source>chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="62"/>
        <source>head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="101"/>
        <source>Session preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="144"/>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="153"/>
        <source>breaths / min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <location filename="../app/player_view.py" line="69"/>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="121"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="132"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="135"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="143"/>
        <source>Session progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="150"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="151"/>
        <source>Phase details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="152"/>
        <source>Body-scan step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="153"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="154"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="155"/>
        <source>Segment intro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="157"/>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="158"/>
        <source>Your writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="160"/>
        <source>Write whatever comes; no one else will read it. It is saved as you type, in this session&apos;s journal note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="162"/>
        <source>Done writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="164"/>
        <source>Save, and go on to the next part (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="169"/>
        <location filename="../app/player_view.py" line="489"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="169"/>
        <source>Pause or resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="170"/>
        <source>Pause or resume (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="176"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="176"/>
        <source>Skip to the next part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="177"/>
        <source>Skip to the next part (→)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="178"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="179"/>
        <source>Go on when you are ready (Space or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="182"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="182"/>
        <source>Stop the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="183"/>
        <source>Stop the session (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="185"/>
        <location filename="../app/player_view.py" line="617"/>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="185"/>
        <source>Mute sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="186"/>
        <source>Mute or unmute sound (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="189"/>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="189"/>
        <source>Focus mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="190"/>
        <source>Show only the figure, full screen (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="462"/>
        <source>Take your time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="464"/>
        <source>%1 left</source>
        <comment>time left in the session</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="471"/>
        <source>%1% done, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="489"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/player_view.py" line="500"/>
        <source>Settle in. Beginning in %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="503"/>
        <location filename="../app/player_view.py" line="525"/>
        <source>Settle in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="505"/>
        <source>Paused. Press Space to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="507"/>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="509"/>
        <source>Continue when you are ready: press Space or Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="511"/>
        <source>The session has ended. You practised for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="513"/>
        <source>Session stopped. You practised for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="525"/>
        <location filename="../app/player_view.py" line="529"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="526"/>
        <source>Beginning in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="529"/>
        <source>Press Space or Resume to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="535"/>
        <source>%1 s</source>
        <comment>seconds left in a phase</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="538"/>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="541"/>
        <location filename="../app/player_view.py" line="546"/>
        <source>Continue when you are ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="553"/>
        <source>breath %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/player_view.py" line="562"/>
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="563"/>
        <source>%1, %2</source>
        <comment>a phase and its length</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="617"/>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateBars</name>
    <message>
        <location filename="../app/heart_result.py" line="90"/>
        <source>Heart-rate swing at each pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="108"/>
        <source>%1 a minute: %2</source>
        <comment>a breathing rate: the heart&apos;s swing at it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="110"/>
        <source>no clear reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="111"/>
        <source>%1 beats a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="152"/>
        <source>%1 / min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderNote</name>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="45"/>
        <source>Anapana reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="51"/>
        <source>Begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="52"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="53"/>
        <source>Not today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="54"/>
        <source>Offer this again in a little while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="55"/>
        <source>No more reminders today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/reminder_note.py" line="74"/>
        <source>Offer this again in %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <location filename="../app/desktop/reminder_service.py" line="168"/>
        <source>A quiet moment, if you&apos;d like one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_service.py" line="170"/>
        <source>%1 is here whenever you are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderSettingsPanel</name>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="62"/>
        <source>Offer gentle reminders to pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="67"/>
        <source>Reminder times, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="78"/>
        <source>Session a reminder suggests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="79"/>
        <source>Just open Anapana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="88"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="90"/>
        <source>Later waits this many minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="93"/>
        <source>Quiet hours, from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="101"/>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="102"/>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="106"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="111"/>
        <source>Reminders stay quiet while you practise. They only come while Anapana runs; starting it at login, in the tray, keeps them coming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="116"/>
        <source>Keep Anapana in the tray when the window closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="119"/>
        <source>Start Anapana quietly when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="123"/>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="124"/>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="125"/>
        <source>Suggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="126"/>
        <source>Later waits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResonanceResultView</name>
    <message>
        <location filename="../app/heart_result.py" line="25"/>
        <source>A practice aid, not a medical measurement: the pace that feels easiest is a fine choice too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="73"/>
        <source>The session could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="79"/>
        <source>The session came out wrong and was not kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="171"/>
        <source>How your heart followed each pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="174"/>
        <source>The rise and fall of your heart rate with each breath, in beats a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="180"/>
        <source>Recommended pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="185"/>
        <source>Why this pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="197"/>
        <location filename="../app/heart_result.py" line="199"/>
        <source>Create my resonance session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="209"/>
        <location filename="../app/heart_result.py" line="210"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="240"/>
        <source>No clear resonance pace this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="243"/>
        <source>Your resonance pace looks like %1 breaths a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="264"/>
        <source>Made %1 in your sessions: it is in the library now, and you can open it in a text editor to change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/settings_dialog.py" line="26"/>
        <location filename="../app/settings_dialog.py" line="68"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="27"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="28"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="29"/>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="30"/>
        <source>Square (traces its sides, for box breathing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="32"/>
        <source>Breath cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="33"/>
        <source>Bells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="34"/>
        <location filename="../app/settings_dialog.py" line="106"/>
        <location filename="../app/settings_dialog.py" line="127"/>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="35"/>
        <source>The session&apos;s own cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="36"/>
        <source>Say in, hold, out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="37"/>
        <source>A distinct tone for in, hold and out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="56"/>
        <location filename="../app/settings_dialog.py" line="57"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="60"/>
        <location filename="../app/settings_dialog.py" line="140"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="67"/>
        <source>Language of the app (after a restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="75"/>
        <source>Figure style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="82"/>
        <source>Reduce motion (the figure changes colour instead of size)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="83"/>
        <source>Reduce motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="88"/>
        <source>Lead-in before a session, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="91"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="95"/>
        <location filename="../app/settings_dialog.py" line="96"/>
        <source>Speak the guidance aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="100"/>
        <source>Following with eyes closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="107"/>
        <source>The session&apos;s language (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="120"/>
        <source>%1 volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="126"/>
        <source>Eyes closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="128"/>
        <source>Natural voices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="129"/>
        <source>Add, download and choose Piper voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="133"/>
        <location filename="../app/settings_dialog.py" line="134"/>
        <source>Announce each phase to screen readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="138"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="141"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="142"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="144"/>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="146"/>
        <source>Lead-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="147"/>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="149"/>
        <location filename="../app/settings_dialog.py" line="150"/>
        <source>Show the spoken words as captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="154"/>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../app/voice_manager.py" line="137"/>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../app/desktop/tray.py" line="45"/>
        <source>Open Anapana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/tray.py" line="46"/>
        <location filename="../app/desktop/tray.py" line="83"/>
        <source>Pause reminders for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/tray.py" line="48"/>
        <source>About Anapana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/tray.py" line="49"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desktop/tray.py" line="82"/>
        <source>Resume reminders today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoiceManager</name>
    <message>
        <location filename="../app/voice_manager.py" line="419"/>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="420"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="421"/>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="422"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="423"/>
        <source>Speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="434"/>
        <location filename="../app/voice_manager.py" line="435"/>
        <source>Natural voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="438"/>
        <source>Natural voices (Piper) speak the guidance on this computer, without the internet. Each voice was made from someone&apos;s recordings and has its own licence, shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="446"/>
        <source>Installed voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="457"/>
        <source>Voice manager status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="459"/>
        <source>Add a voice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="461"/>
        <source>Import a Piper voice (.onnx with its .onnx.json) from a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="463"/>
        <source>Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="464"/>
        <source>Choose a voice from Piper&apos;s voices catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="466"/>
        <location filename="../app/voice_manager.py" line="537"/>
        <source>Use for its language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="468"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="495"/>
        <source>Piper is not installed, so these voices stay silent and espeak-ng speaks instead. Install Anapana with its `voice` extra to hear them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/voice_manager.py" line="498"/>
        <source>%n voice folder(s) could not be used: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="509"/>
        <source>%1 (your choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="510"/>
        <source>%1 (automatically)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="522"/>
        <source>No natural voice is installed yet: add one you have, or download one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="539"/>
        <source>Choose automatically for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="542"/>
        <source>Use for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="547"/>
        <source>Add a Piper voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="547"/>
        <source>Piper voices (*.onnx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="568"/>
        <source>Adding %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="574"/>
        <source>%1 was added. Licence: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="580"/>
        <source>This voice could not be added. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="603"/>
        <source>The choice could not be saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="607"/>
        <source>Anapana will pick the best installed voice for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="608"/>
        <source>%1 will speak %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="615"/>
        <source>Remove this voice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="616"/>
        <source>Remove %1 (%2)? You can add or download it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="622"/>
        <source>The voice could not be removed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="624"/>
        <source>%1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../app/words.py" line="16"/>
        <source>Breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/words.py" line="17"/>
        <location filename="../app/words.py" line="19"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/words.py" line="18"/>
        <source>Breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/words.py" line="20"/>
        <source>Sit quietly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/words.py" line="62"/>
        <source>%1 %2</source>
        <comment>a time practised: minutes, then seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/words.py" line="72"/>
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/words.py" line="77"/>
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/words.py" line="81"/>
        <source>Thank you for taking this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/words.py" line="85"/>
        <source>Every moment of practice counts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
