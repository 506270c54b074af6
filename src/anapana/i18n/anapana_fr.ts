<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/desktop/about.py" line="31"/>
        <source>Anapana is a practice aid, not therapy and not a medical device. If things feel heavy, or breathing exercises leave you dizzy or uneasy, stop and breathe normally; and please reach out to someone you trust, your doctor or a mental health professional. You deserve that support. If you might be in danger or are thinking of harming yourself, please call your local emergency number or a crisis line now.</source>
        <translation>Anapana est une aide à la pratique, pas une thérapie ni un dispositif médical. Si les choses vous semblent lourdes, ou si les exercices de respiration vous donnent le vertige ou un malaise, arrêtez-vous et respirez normalement ; et tournez-vous vers une personne de confiance, votre médecin ou un professionnel de la santé mentale. Vous méritez ce soutien. Si vous risquez d&apos;être en danger ou si vous pensez à vous faire du mal, appelez dès maintenant le numéro d&apos;urgence local ou une ligne d&apos;écoute de crise.</translation>
    </message>
    <message>
        <location filename="../app/desktop/about.py" line="143"/>
        <source>About Anapana</source>
        <translation>À propos d&apos;Anapana</translation>
    </message>
    <message>
        <location filename="../app/desktop/about.py" line="147"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../app/desktop/about.py" line="148"/>
        <source>Writing sessions</source>
        <translation>Écrire des séances</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <location filename="../app/body_map.py" line="148"/>
        <source>feet</source>
        <translation>pieds</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="148"/>
        <source>lower legs</source>
        <translation>bas des jambes</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="149"/>
        <source>knees</source>
        <translation>genoux</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="149"/>
        <source>thighs</source>
        <translation>cuisses</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="150"/>
        <source>hips and pelvis</source>
        <translation>hanches et bassin</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="150"/>
        <source>belly</source>
        <translation>ventre</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="151"/>
        <source>chest</source>
        <translation>poitrine</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="151"/>
        <source>back</source>
        <translation>dos</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="152"/>
        <source>hands</source>
        <translation>mains</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="152"/>
        <source>arms</source>
        <translation>bras</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="153"/>
        <source>shoulders</source>
        <translation>épaules</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="153"/>
        <source>neck and throat</source>
        <translation>nuque et gorge</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="154"/>
        <source>face</source>
        <translation>visage</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="154"/>
        <source>head</source>
        <translation>tête</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="155"/>
        <source>whole body</source>
        <translation>corps entier</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="156"/>
        <source>foot</source>
        <translation>pied</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="156"/>
        <source>lower leg</source>
        <translation>bas de la jambe</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="157"/>
        <source>knee</source>
        <translation>genou</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="157"/>
        <source>thigh</source>
        <translation>cuisse</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="158"/>
        <source>hip</source>
        <translation>hanche</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="158"/>
        <source>hand</source>
        <translation>main</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="159"/>
        <source>arm</source>
        <translation>bras</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="159"/>
        <source>shoulder</source>
        <translation>épaule</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="160"/>
        <source>side of the body</source>
        <translation>moitié du corps</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="185"/>
        <source>Body map</source>
        <translation>Carte du corps</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="257"/>
        <source> and </source>
        <comment>between area names</comment>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="261"/>
        <source>left %1</source>
        <translation>%1 à gauche</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="261"/>
        <source>right %1</source>
        <translation>%1 à droite</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="265"/>
        <source>An outline of a body.</source>
        <translation>La silhouette d&apos;un corps.</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="267"/>
        <source>An outline of a body, all of it lit.</source>
        <translation>La silhouette d&apos;un corps, entièrement éclairée.</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="269"/>
        <source>An outline of a body with the %1 lit.</source>
        <translation>La silhouette d&apos;un corps, avec cette zone éclairée : %1.</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="272"/>
        <source>%1 Next: %2.</source>
        <comment>the body map&apos;s description, then the next areas</comment>
        <translation>%1 Ensuite : %2.</translation>
    </message>
</context>
<context>
    <name>BreathCurve</name>
    <message>
        <location filename="../app/breath_curve.py" line="68"/>
        <source>Breath curve</source>
        <translation>Courbe de respiration</translation>
    </message>
    <message>
        <location filename="../app/breath_curve.py" line="69"/>
        <source>The breath over the last few seconds and the next twenty.</source>
        <translation>La respiration des dernières secondes et des vingt prochaines.</translation>
    </message>
</context>
<context>
    <name>CaptionView</name>
    <message>
        <location filename="../app/caption.py" line="34"/>
        <source>Caption</source>
        <translation>Sous-titre</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <location filename="../app/checkin.py" line="37"/>
        <source>How are you arriving?</source>
        <translation>Comment arrivez-vous ?</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="38"/>
        <source>How do you feel now?</source>
        <translation>Comment vous sentez-vous maintenant ?</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="48"/>
        <source>Thank you for noticing how you are. You don&apos;t have to carry it alone: &lt;a href=&quot;care&quot;&gt;where to find support&lt;/a&gt;.</source>
        <translation>Merci d&apos;avoir pris le temps de remarquer comment vous allez. Rien ne vous oblige à porter cela sans aide : &lt;a href=&quot;care&quot;&gt;où trouver du soutien&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="64"/>
        <source>Where to find support</source>
        <translation>Où trouver du soutien</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="129"/>
        <source>Pick what fits, if anything. Nothing here is right or wrong.</source>
        <translation>Choisissez ce qui correspond, si quelque chose correspond. Ici, il n&apos;y a ni bonne ni mauvaise réponse.</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="139"/>
        <source>%1 (key %2)</source>
        <translation>%1 (touche %2)</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="143"/>
        <source>Mood %1 of 5, key %1. %2</source>
        <translation>Humeur %1 sur 5, touche %1. %2</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="150"/>
        <source>Any feelings here? (optional)</source>
        <translation>Des émotions présentes ? (facultatif)</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="157"/>
        <source>A feeling, optional</source>
        <translation>Une émotion, facultatif</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="165"/>
        <source>Skip (Esc)</source>
        <translation>Passer (Échap)</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="166"/>
        <source>Save (Enter)</source>
        <translation>Enregistrer (Entrée)</translation>
    </message>
</context>
<context>
    <name>CompletionView</name>
    <message>
        <location filename="../app/completion.py" line="55"/>
        <source>Back to the library</source>
        <translation>Retour à la bibliothèque</translation>
    </message>
    <message>
        <location filename="../app/completion.py" line="81"/>
        <source>You practised for %1.</source>
        <translation>Vous avez pratiqué pendant %1.</translation>
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <location filename="../app/desktop/integration.py" line="165"/>
        <source>Still here in the tray, whenever you&apos;d like it.</source>
        <translation>Toujours là, dans la zone de notification, quand vous le souhaitez.</translation>
    </message>
</context>
<context>
    <name>DownloadDialog</name>
    <message>
        <location filename="../app/voice_download_dialog.py" line="67"/>
        <location filename="../app/voice_download_dialog.py" line="68"/>
        <source>Download a voice</source>
        <translation>Télécharger une voix</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="78"/>
        <source>Catalogue address</source>
        <translation>Adresse du catalogue</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="79"/>
        <source>Load the list</source>
        <translation>Charger la liste</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="82"/>
        <location filename="../app/voice_download_dialog.py" line="120"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="85"/>
        <source>Voices in the catalogue</source>
        <translation>Voix du catalogue</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="92"/>
        <source>The voice&apos;s model card, with its licence</source>
        <translation>La fiche du modèle de la voix, avec sa licence</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="94"/>
        <source>Choose a voice to read where it comes from and its licence.</source>
        <translation>Choisissez une voix pour lire sa provenance et sa licence.</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="96"/>
        <source>I have read this voice&apos;s licence and accept it</source>
        <translation>J&apos;ai lu la licence de cette voix et je l&apos;accepte</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="97"/>
        <source>Accept the voice&apos;s licence</source>
        <translation>Accepter la licence de la voix</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="100"/>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="105"/>
        <source>Download status</source>
        <translation>État du téléchargement</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="107"/>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="109"/>
        <source>Cancel download</source>
        <translation>Annuler le téléchargement</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="119"/>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="144"/>
        <source>The catalogue address is not usable: %1</source>
        <translation>L&apos;adresse du catalogue n&apos;est pas utilisable : %1</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="147"/>
        <source>Fetching the list of voices…</source>
        <translation>Récupération de la liste des voix…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/voice_download_dialog.py" line="161"/>
        <source>%n voice(s) in the catalogue.</source>
        <translation>
            <numerusform>%n voix dans le catalogue.</numerusform>
            <numerusform>%n voix dans le catalogue.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="162"/>
        <source>%1 (%2 left out: their entries were malformed).</source>
        <comment>the number of voices, then how many were left out</comment>
        <translation>%1 (%2 écartées : leurs entrées étaient mal formées).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/voice_download_dialog.py" line="164"/>
        <source>%n voice(s) in the catalogue</source>
        <translation>
            <numerusform>%n voix dans le catalogue</numerusform>
            <numerusform>%n voix dans le catalogue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="178"/>
        <source>The list of voices could not be fetched. %1</source>
        <translation>La liste des voix n&apos;a pas pu être récupérée. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="188"/>
        <source>%1 — %2, %3 quality, %4</source>
        <comment>voice name, language, quality (low, medium, high), size</comment>
        <translation>%1 — %2, qualité %3, %4</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="193"/>
        <source>%1 (installed)</source>
        <translation>%1 (installée)</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="213"/>
        <source>The catalogue gives no model card for this voice, so its licence is not known. Please check it before you use the voice.</source>
        <translation>Le catalogue ne fournit pas de fiche de modèle pour cette voix : sa licence n&apos;est donc pas connue. Vérifiez-la avant d&apos;utiliser la voix.</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="217"/>
        <source>Reading this voice&apos;s licence…</source>
        <translation>Lecture de la licence de cette voix…</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="240"/>
        <source>The licence could not be read. %1</source>
        <translation>La licence n&apos;a pas pu être lue. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="245"/>
        <source>Licence: %1</source>
        <translation>Licence : %1</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="246"/>
        <source>The model card names no licence: please read it below.</source>
        <translation>La fiche du modèle ne nomme aucune licence : veuillez la lire ci-dessous.</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="283"/>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="290"/>
        <source>Downloading %1… %2 of %3</source>
        <translation>Téléchargement de %1… %2 sur %3</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="302"/>
        <source>%1 is installed and ready to speak.</source>
        <translation>La voix %1 est installée et prête à parler.</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="308"/>
        <source>The voice was not installed. %1</source>
        <translation>La voix n&apos;a pas été installée. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="313"/>
        <source>Download cancelled. It continues where it stopped next time.</source>
        <translation>Téléchargement annulé. La prochaine fois, il reprendra là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="318"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <location filename="../app/library_view.py" line="142"/>
        <source>This file has a problem:</source>
        <translation>Ce fichier présente un problème :</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="143"/>
        <source>it could not be read</source>
        <translation>il n&apos;a pas pu être lu</translation>
    </message>
</context>
<context>
    <name>HeartChart</name>
    <message>
        <location filename="../app/history/charts.py" line="156"/>
        <source>Heart rate and RMSSD by week</source>
        <translation>Fréquence cardiaque et RMSSD par semaine</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="175"/>
        <source>Heart rate (beats a minute)</source>
        <translation>Fréquence cardiaque (battements par minute)</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="176"/>
        <source>RMSSD (ms, dashed)</source>
        <translation>RMSSD (ms, en pointillés)</translation>
    </message>
</context>
<context>
    <name>HeartLive</name>
    <message>
        <location filename="../app/heart_live.py" line="271"/>
        <source>The heart recording could not be kept: the practice log isn&apos;t open.</source>
        <translation>L&apos;enregistrement cardiaque n&apos;a pas pu être conservé : le journal de pratique n&apos;est pas ouvert.</translation>
    </message>
</context>
<context>
    <name>HeartPanel</name>
    <message>
        <location filename="../app/heart_panel.py" line="31"/>
        <source>Looking for your heart-rate strap…</source>
        <translation>Recherche de votre ceinture cardiaque…</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="33"/>
        <source>The strap can&apos;t feel your skin; a little moisture on it helps.</source>
        <translation>La ceinture ne sent pas votre peau ; un peu d&apos;humidité sur les électrodes aide.</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="35"/>
        <source>Heart signal lost for now; it will come back by itself.</source>
        <translation>Le signal cardiaque est perdu pour l&apos;instant ; il reviendra de lui-même.</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="178"/>
        <source>Heart rate</source>
        <translation>Fréquence cardiaque</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="181"/>
        <source>Heart-rate swing of the last breath</source>
        <translation>Variation de la fréquence cardiaque sur la dernière respiration</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="186"/>
        <source>Heart rate now</source>
        <translation>Fréquence cardiaque actuelle</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="190"/>
        <source>Heart signal</source>
        <translation>Signal cardiaque</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="236"/>
        <source>%1 beats a minute</source>
        <translation>%1 battements par minute</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="248"/>
        <source>strap battery %1 %</source>
        <translation>batterie de la ceinture %1 %</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="264"/>
        <source>last breath&apos;s swing %1</source>
        <translation>variation sur la dernière respiration : %1</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="267"/>
        <source>How far your heart rate rose and fell over the last breath, in beats a minute</source>
        <translation>De combien votre fréquence cardiaque a monté et baissé pendant la dernière respiration, en battements par minute</translation>
    </message>
</context>
<context>
    <name>HeartRateSettingsPanel</name>
    <message>
        <location filename="../app/heart_settings.py" line="32"/>
        <source>Heart-rate features (a live trace under the breath curve, and a measured resonance pace) need the optional Bluetooth and analysis packages. To enable them, install Anapana with its hr extra: pip install &apos;anapana[hr]&apos;</source>
        <translation>Les fonctions de fréquence cardiaque (un tracé en direct sous la courbe de respiration et un rythme de résonance mesuré) demandent les paquets facultatifs Bluetooth et d&apos;analyse. Pour les activer, installez Anapana avec son extra hr : pip install &apos;anapana[hr]&apos;</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="61"/>
        <location filename="../app/heart_settings.py" line="63"/>
        <source>Heart rate</source>
        <translation>Fréquence cardiaque</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="71"/>
        <source>How to enable heart-rate features</source>
        <translation>Comment activer les fonctions de fréquence cardiaque</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="76"/>
        <location filename="../app/heart_settings.py" line="77"/>
        <source>Show my heart rate during sessions</source>
        <translation>Afficher ma fréquence cardiaque pendant les séances</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="81"/>
        <source>Chosen strap</source>
        <translation>Ceinture choisie</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="84"/>
        <source>Straps found nearby</source>
        <translation>Ceintures trouvées à proximité</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="85"/>
        <source>Find straps</source>
        <translation>Chercher des ceintures</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="86"/>
        <source>Find heart-rate straps nearby</source>
        <translation>Chercher des ceintures cardiaques à proximité</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="88"/>
        <source>Use this strap</source>
        <translation>Utiliser cette ceinture</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="90"/>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="91"/>
        <source>Forget the chosen strap</source>
        <translation>Oublier la ceinture choisie</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="124"/>
        <source>Strap: %1 (%2)</source>
        <translation>Ceinture : %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="124"/>
        <source>heart-rate strap</source>
        <translation>ceinture cardiaque</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="127"/>
        <source>No strap chosen yet. Put it on (most straps wake with skin contact), then Find straps.</source>
        <translation>Aucune ceinture choisie pour l&apos;instant. Mettez-la (la plupart s&apos;activent au contact de la peau), puis cliquez sur Chercher des ceintures.</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="138"/>
        <source>Looking for heart-rate straps nearby…</source>
        <translation>Recherche de ceintures cardiaques à proximité…</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="147"/>
        <source>Bluetooth didn&apos;t answer (%1).</source>
        <translation>Le Bluetooth n&apos;a pas répondu (%1).</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="150"/>
        <source>Bluetooth didn&apos;t answer.</source>
        <translation>Le Bluetooth n&apos;a pas répondu.</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="164"/>
        <source>Heart-rate strap</source>
        <translation>Ceinture cardiaque</translation>
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
        <translation>%1 Le Bluetooth est-il activé ?</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="173"/>
        <source>No strap answered. Wet the electrodes, put it on, and try again.</source>
        <translation>Aucune ceinture n&apos;a répondu. Humidifiez les électrodes, mettez la ceinture et réessayez.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/heart_settings.py" line="175"/>
        <source>Found %n. Choose yours and press Use this strap.</source>
        <translation>
            <numerusform>%n trouvée. Choisissez la vôtre et cliquez sur Utiliser cette ceinture.</numerusform>
            <numerusform>%n trouvées. Choisissez la vôtre et cliquez sur Utiliser cette ceinture.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="184"/>
        <source>%1 will be used in your sessions.</source>
        <translation>La ceinture %1 sera utilisée pendant vos séances.</translation>
    </message>
</context>
<context>
    <name>HeartTrace</name>
    <message>
        <location filename="../app/heart_panel.py" line="69"/>
        <source>Heart-rate trace</source>
        <translation>Tracé de la fréquence cardiaque</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="70"/>
        <source>Your heart rate over the last breaths.</source>
        <translation>Votre fréquence cardiaque au fil des dernières respirations.</translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <location filename="../app/history/heatmap.py" line="24"/>
        <source>Days practised over the past year</source>
        <translation>Jours de pratique sur l&apos;année écoulée</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/history/heatmap.py" line="105"/>
        <source>%1: %Ln min</source>
        <translation>
            <numerusform>%1 : %Ln min</numerusform>
            <numerusform>%1 : %Ln min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialogs</name>
    <message>
        <location filename="../app/history/dialogs.py" line="30"/>
        <source>Export your practice log</source>
        <translation>Exporter votre journal de pratique</translation>
    </message>
    <message>
        <location filename="../app/history/dialogs.py" line="32"/>
        <source>JSON (*.json);;CSV for spreadsheets (*.csv)</source>
        <translation>JSON (*.json);;CSV pour tableur (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/history/dialogs.py" line="41"/>
        <source>Import a practice log export</source>
        <translation>Importer un export du journal de pratique</translation>
    </message>
    <message>
        <location filename="../app/history/dialogs.py" line="43"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/history/dialogs.py" line="50"/>
        <source>Delete all your data?</source>
        <translation>Supprimer toutes vos données ?</translation>
    </message>
    <message>
        <location filename="../app/history/dialogs.py" line="51"/>
        <source>This deletes every practice, check-in and journal note, and the log&apos;s backup copies. It can&apos;t be undone. You may want to export first.</source>
        <translation>Cela supprime toutes les pratiques, tous les points d&apos;humeur et toutes les notes de journal, ainsi que les copies de sauvegarde du journal de pratique. Cette action est irréversible. Vous pouvez d&apos;abord exporter vos données.</translation>
    </message>
</context>
<context>
    <name>HistoryFiles</name>
    <message>
        <location filename="../app/history/files.py" line="48"/>
        <source>%1 is a link to another file; please choose another name.</source>
        <translation>%1 est un lien vers un autre fichier ; veuillez choisir un autre nom.</translation>
    </message>
    <message>
        <location filename="../app/history/files.py" line="52"/>
        <source>The export could not be written: %1.</source>
        <translation>L&apos;export n&apos;a pas pu être écrit : %1.</translation>
    </message>
    <message>
        <location filename="../app/history/files.py" line="56"/>
        <source>Part of the log could not be read for the export (%1).</source>
        <translation>Une partie du journal de pratique n&apos;a pas pu être lue pour l&apos;export (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/history/files.py" line="59"/>
        <source>%Ln practice(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln pratique exportée vers %1.</numerusform>
            <numerusform>%Ln pratiques exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/history/files.py" line="71"/>
        <source>%1 could not be imported: %2</source>
        <translation>Impossible d&apos;importer %1 : %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/history/files.py" line="90"/>
        <source>Deleted %Ln practice(s) and every note.</source>
        <translation>
            <numerusform>%Ln pratique supprimée, ainsi que toutes les notes.</numerusform>
            <numerusform>%Ln pratiques supprimées, ainsi que toutes les notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../app/history/page.py" line="21"/>
        <source>Back to the library</source>
        <translation>Retour à la bibliothèque</translation>
    </message>
    <message>
        <location filename="../app/history/page.py" line="22"/>
        <source>Back to the library (Esc)</source>
        <translation>Retour à la bibliothèque (Échap)</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../log/history_text.py" line="58"/>
        <source>No practices yet. Your history will grow here, one session at a time.</source>
        <translation>Aucune pratique pour l&apos;instant. Votre historique grandira ici, une séance après l&apos;autre.</translation>
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
            <numerusform>%Ln séance</numerusform>
            <numerusform>%Ln séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="68"/>
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="69"/>
        <source>%Ln day(s) practised</source>
        <translation>
            <numerusform>%Ln jour de pratique</numerusform>
            <numerusform>%Ln jours de pratique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="74"/>
        <source>Days practised this month: %n</source>
        <translation>
            <numerusform>Jours de pratique ce mois-ci : %n</numerusform>
            <numerusform>Jours de pratique ce mois-ci : %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="83"/>
        <source>How your mood moves will show here once you have checked in before and after a few sessions.</source>
        <translation>L&apos;évolution de votre humeur s&apos;affichera ici une fois que vous aurez fait un point d&apos;humeur avant et après quelques séances.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="88"/>
        <source>Mood before → after: %1 (%2) → %3 (%4), %5 on average across %n session(s).</source>
        <translation>
            <numerusform>Humeur avant → après : %1 (%2) → %3 (%4), %5 en moyenne sur %n séance.</numerusform>
            <numerusform>Humeur avant → après : %1 (%2) → %3 (%4), %5 en moyenne sur %n séances.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="101"/>
        <source>The last 30 days: %1 (the 30 days before: %2).</source>
        <translation>Les 30 derniers jours : %1 (les 30 jours précédents : %2).</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="106"/>
        <source>The last 30 days: %1.</source>
        <translation>Les 30 derniers jours : %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="114"/>
        <source>%1 on average, %n session(s)</source>
        <translation>
            <numerusform>%1 en moyenne, %n séance</numerusform>
            <numerusform>%1 en moyenne, %n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="116"/>
        <source>%1 from %n session(s), too few to say much yet</source>
        <translation>
            <numerusform>%1 sur %n séance, trop peu pour en dire beaucoup</numerusform>
            <numerusform>%1 sur %n séances, trop peu pour en dire beaucoup</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="123"/>
        <source>Once you check in before and after your sessions, this shows how your mood tends to change with each practice.</source>
        <translation>Si vous faites un point d&apos;humeur avant et après vos séances, vous verrez ici comment votre humeur tend à évoluer avec chaque pratique.</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="127"/>
        <source>The average change in mood from before to after each practice, on the scale from heavy to bright.</source>
        <translation>L&apos;évolution moyenne de l&apos;humeur entre avant et après chaque pratique, sur l&apos;échelle allant de « ça pèse » à « au beau fixe ».</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="132"/>
        <source>This week so far: %Ln minute(s)</source>
        <translation>
            <numerusform>Cette semaine jusqu&apos;ici : %Ln minute</numerusform>
            <numerusform>Cette semaine jusqu&apos;ici : %Ln minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="136"/>
        <source>damaged</source>
        <translation>endommagée</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="138"/>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="139"/>
        <source>ended early</source>
        <translation>arrêtée avant la fin</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="140"/>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="141"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="144"/>
        <source>%1 · imported copy</source>
        <translation>%1 · copie importée</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="154"/>
        <source>Damaged in the log: %1</source>
        <translation>Entrée endommagée dans le journal de pratique : %1</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../app/history/view.py" line="100"/>
        <source>Show days practised this month</source>
        <translation>Afficher les jours de pratique de ce mois-ci</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="108"/>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="119"/>
        <source>The past year</source>
        <translation>L&apos;année écoulée</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="123"/>
        <source>Minutes per week</source>
        <translation>Minutes par semaine</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="135"/>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="155"/>
        <source>Mood by practice</source>
        <translation>Humeur par pratique</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="161"/>
        <source>Heart rate and RMSSD, the mean of each week&apos;s practices with a heart signal</source>
        <translation>Fréquence cardiaque et RMSSD, moyenne des pratiques de chaque semaine avec un signal cardiaque</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="171"/>
        <source>Heart rate</source>
        <translation>Fréquence cardiaque</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="175"/>
        <source>Search sessions, notes and feelings</source>
        <translation>Rechercher dans les séances, les notes et les émotions</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="177"/>
        <source>Search your practices</source>
        <translation>Rechercher dans vos pratiques</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="192"/>
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="194"/>
        <source>Newest first. Arrow keys choose a practice; Tab goes on to its note.</source>
        <translation>Les plus récentes d&apos;abord. Les touches fléchées choisissent une pratique ; Tab passe à sa note.</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="199"/>
        <source>Save note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="201"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="202"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="203"/>
        <source>Delete all my data…</source>
        <translation>Supprimer toutes mes données…</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="248"/>
        <source>Choose a practice to read or edit its note.</source>
        <translation>Choisissez une pratique pour lire ou modifier sa note.</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="301"/>
        <location filename="../app/history/view.py" line="330"/>
        <source>Part of your practice log could not be read just now (%1).</source>
        <translation>Une partie de votre journal de pratique n&apos;a pas pu être lue pour le moment (%1).</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="342"/>
        <source>No practice</source>
        <translation>Aucune pratique</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="342"/>
        <source>Under 10 minutes</source>
        <translation>Moins de 10 minutes</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="342"/>
        <source>10–19 minutes</source>
        <translation>10 à 19 minutes</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="343"/>
        <source>20–39 minutes</source>
        <translation>20 à 39 minutes</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="343"/>
        <source>40 minutes or more</source>
        <translation>40 minutes ou plus</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="375"/>
        <source>unknown date</source>
        <translation>date inconnue</translation>
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
        <translation>%1 Votre note est toujours dans l&apos;éditeur.</translation>
    </message>
</context>
<context>
    <name>JournalEditor</name>
    <message>
        <location filename="../app/journal.py" line="31"/>
        <source>Anything you&apos;d like to remember from this practice?</source>
        <translation>Y a-t-il quelque chose que vous aimeriez garder de cette pratique ?</translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="66"/>
        <source>Write as much or as little as you like. This stays on your computer.</source>
        <translation>Écrivez autant ou aussi peu que vous le souhaitez. Cela reste sur votre ordinateur.</translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="74"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="75"/>
        <source>Save and close the note (Ctrl+Enter)</source>
        <translation>Enregistrer et fermer la note (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="125"/>
        <source>%1 Your words are kept here.</source>
        <translation>%1 Vos mots sont conservés ici.</translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="133"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
</context>
<context>
    <name>LibraryGroups</name>
    <message>
        <location filename="../app/shown_words.py" line="42"/>
        <source>Breathing</source>
        <translation>Respiration</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="43"/>
        <source>Body scans</source>
        <translation>Scans corporels</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="44"/>
        <source>Meditation</source>
        <translation>Méditation</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="45"/>
        <source>Compassion and emotions</source>
        <translation>Compassion et émotions</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="46"/>
        <source>Sits</source>
        <translation>Assises silencieuses</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="47"/>
        <source>Your sessions</source>
        <translation>Vos séances</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../app/library_model.py" line="48"/>
        <source>%1 + open</source>
        <comment>a length, then: it waits for you somewhere</comment>
        <translation>%1 + libre</translation>
    </message>
    <message>
        <location filename="../app/library_model.py" line="92"/>
        <source>has a problem</source>
        <translation>présente un problème</translation>
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
        <translation>Choisissez une pratique</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="217"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="218"/>
        <source>Your practice history and notes</source>
        <translation>Votre historique de pratique et vos notes</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="220"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="233"/>
        <location filename="../app/library_view.py" line="234"/>
        <source>Search sessions</source>
        <translation>Rechercher des séances</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="239"/>
        <source>&amp;Tag</source>
        <translation>É&amp;tiquette</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="242"/>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="243"/>
        <location filename="../app/library_view.py" line="415"/>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="255"/>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="268"/>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="269"/>
        <source>Make your own session from a template and open it in your text editor</source>
        <translation>Créer votre propre séance à partir d&apos;un modèle et l&apos;ouvrir dans votre éditeur de texte</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="272"/>
        <source>Open sessions folder</source>
        <translation>Ouvrir le dossier des séances</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="294"/>
        <source>Length and tags</source>
        <translation>Durée et étiquettes</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="298"/>
        <location filename="../app/library_view.py" line="314"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="308"/>
        <source>Problems in this file</source>
        <translation>Problèmes dans ce fichier</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="332"/>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="334"/>
        <source>Start the session (Enter in the list)</source>
        <translation>Commencer la séance (Entrée dans la liste)</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="337"/>
        <source>Edit file</source>
        <translation>Modifier le fichier</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="339"/>
        <source>Open the session file in your text editor</source>
        <translation>Ouvrir le fichier de la séance dans votre éditeur de texte</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="468"/>
        <source>No session matches. Try another word or tag.</source>
        <translation>Aucune séance ne correspond. Essayez un autre mot ou une autre étiquette.</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="475"/>
        <source>No session selected</source>
        <translation>Aucune séance sélectionnée</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="490"/>
        <source>This file can&apos;t be used yet:

%1

Fix it in your editor and save: the library updates by itself.</source>
        <translation>Ce fichier ne peut pas encore être utilisé :

%1

Corrigez-le dans votre éditeur et enregistrez-le : la bibliothèque se met à jour d&apos;elle-même.</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="503"/>
        <source>your session</source>
        <translation>votre séance</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="503"/>
        <source>bundled</source>
        <translation>incluse</translation>
    </message>
</context>
<context>
    <name>LogNotices</name>
    <message>
        <location filename="../log/notices.py" line="43"/>
        <source>The disk is full, so the practice log can&apos;t be saved just now.</source>
        <translation>Le disque est plein, le journal de pratique ne peut donc pas être enregistré pour le moment.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="45"/>
        <source>The practice log is read-only, so it can&apos;t be saved just now.</source>
        <translation>Le journal de pratique est en lecture seule, il ne peut donc pas être enregistré pour le moment.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="47"/>
        <source>Another Anapana window is writing to the log; saving again shortly.</source>
        <translation>Une autre fenêtre d’Anapana écrit dans le journal ; un nouvel enregistrement aura lieu dans un instant.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="49"/>
        <source>The practice log can&apos;t be saved just now (%1).</source>
        <translation>Le journal de pratique ne peut pas être enregistré pour le moment (%1).</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="50"/>
        <source>The practice log isn&apos;t open.</source>
        <translation>Le journal de pratique n’est pas ouvert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="100"/>
        <source>%Ln practice(s) ended unexpectedly; the time practised was kept and marked as interrupted.</source>
        <translation>
            <numerusform>%Ln pratique s’est arrêtée de façon inattendue ; le temps pratiqué a été conservé et marqué comme interrompu.</numerusform>
            <numerusform>%Ln pratiques se sont arrêtées de façon inattendue ; le temps pratiqué a été conservé et marqué comme interrompu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="104"/>
        <source>Your practice log was updated to a newer format; the old file is kept as %1.</source>
        <translation>Votre journal de pratique a été mis à jour vers un format plus récent ; l’ancien fichier est conservé sous le nom %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="109"/>
        <source>Your practice log could not be read, so it was kept aside as %1 and a fresh log was started; %Ln practice(s) could be rescued from it. Nothing was deleted.</source>
        <translation>
            <numerusform>Votre journal de pratique n’a pas pu être lu ; il a donc été mis de côté sous le nom %1 et un nouveau journal a été commencé. %Ln pratique a pu en être récupérée. Rien n’a été supprimé.</numerusform>
            <numerusform>Votre journal de pratique n’a pas pu être lu ; il a donc été mis de côté sous le nom %1 et un nouveau journal a été commencé. %Ln pratiques ont pu en être récupérées. Rien n’a été supprimé.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="112"/>
        <source>Your practice log could not be read, so it was kept aside as %1 and a fresh log was started. Nothing was deleted.</source>
        <translation>Votre journal de pratique n’a pas pu être lu ; il a donc été mis de côté sous le nom %1 et un nouveau journal a été commencé. Rien n’a été supprimé.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="117"/>
        <source>The disk is full, so your practice log is open for reading only: your history is shown, and new practices and notes are kept safe until they can be written.</source>
        <translation>Le disque est plein, votre journal de pratique est donc ouvert en lecture seule : votre historique s’affiche, et les nouvelles pratiques et notes sont gardées en sécurité jusqu’à ce qu’elles puissent être enregistrées.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="120"/>
        <source>The practice log can&apos;t be written just now, so it is open for reading only: your history is shown, and new practices and notes are kept safe until they can be written.</source>
        <translation>Le journal de pratique ne peut pas être écrit pour le moment, il est donc ouvert en lecture seule : votre historique s’affiche, et les nouvelles pratiques et notes sont gardées en sécurité jusqu’à ce qu’elles puissent être enregistrées.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="125"/>
        <source>Part of your practice log&apos;s journal (%1) looks damaged (%2). A copy of the log and its journal was kept as %3 before opening it, and everything that could be read was kept. Nothing was deleted.</source>
        <translation>Une partie du fichier de transactions de votre journal de pratique (%1) semble endommagée (%2). Une copie du journal et de son fichier de transactions a été conservée sous le nom %3 avant de l’ouvrir, et tout ce qui pouvait être lu a été gardé. Rien n’a été supprimé.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="131"/>
        <source>Part of your practice log&apos;s journal (%1) looks damaged (%2), and there is no room to keep a copy of it (%3). The log is open for reading only, so nothing in it is lost; new practices are kept safe meanwhile.</source>
        <translation>Une partie du fichier de transactions de votre journal de pratique (%1) semble endommagée (%2), et il n’y a pas de place pour en garder une copie (%3). Le journal est ouvert en lecture seule, rien n’y est donc perdu ; en attendant, les nouvelles pratiques sont gardées en sécurité.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="140"/>
        <source>Recovered %1 and %2 that could not be saved last time.</source>
        <comment>%1 is “%Ln practice(s)”, %2 is “%Ln journal note(s)”</comment>
        <translation>Récupéré : %1 et %2 qui n’avaient pas pu être enregistrées la dernière fois.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="142"/>
        <source>%Ln practice(s)</source>
        <comment>recovered</comment>
        <translation>
            <numerusform>%Ln pratique</numerusform>
            <numerusform>%Ln pratiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="143"/>
        <source>%Ln journal note(s)</source>
        <comment>recovered</comment>
        <translation>
            <numerusform>%Ln note de journal</numerusform>
            <numerusform>%Ln notes de journal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="145"/>
        <source>Recovered %Ln practice(s) that could not be saved last time.</source>
        <translation>
            <numerusform>%Ln pratique qui n’avait pas pu être enregistrée la dernière fois a été récupérée.</numerusform>
            <numerusform>%Ln pratiques qui n’avaient pas pu être enregistrées la dernière fois ont été récupérées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="148"/>
        <source>Recovered %Ln journal note(s) that could not be saved last time.</source>
        <translation>
            <numerusform>%Ln note de journal qui n’avait pas pu être enregistrée la dernière fois a été récupérée.</numerusform>
            <numerusform>%Ln notes de journal qui n’avaient pas pu être enregistrées la dernière fois ont été récupérées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="151"/>
        <source>Recovered the latest details of %Ln practice(s) that could not be saved last time.</source>
        <translation>
            <numerusform>Les derniers détails de %Ln pratique, qui n’avaient pas pu être enregistrés la dernière fois, ont été récupérés.</numerusform>
            <numerusform>Les derniers détails de %Ln pratiques, qui n’avaient pas pu être enregistrés la dernière fois, ont été récupérés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="156"/>
        <source>Some practices kept aside last time could not be read back; the file is left as it is at %1. Nothing was deleted.</source>
        <translation>Des pratiques mises de côté la dernière fois n’ont pas pu être relues ; le fichier reste tel quel à l’emplacement %1. Rien n’a été supprimé.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="160"/>
        <source>Some practices kept aside last time can&apos;t be added to the log just now; they are kept safe and will be added next time.</source>
        <translation>Des pratiques mises de côté la dernière fois ne peuvent pas être ajoutées au journal pour le moment ; elles sont gardées en sécurité et seront ajoutées la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="165"/>
        <source>The folder for the practice log can&apos;t be made: %1</source>
        <translation>Le dossier du journal de pratique ne peut pas être créé : %1</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="168"/>
        <source>The practice log %1 was written by a newer Anapana (%2); please update Anapana to keep using it. It has not been changed, and nothing new is written to it.</source>
        <translation>Le journal de pratique %1 a été écrit par une version plus récente d’Anapana (%2) ; mettez Anapana à jour pour continuer à l’utiliser. Il n’a pas été modifié, et rien de nouveau n’y est écrit.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="173"/>
        <source>format %1</source>
        <comment>why the log looks written by a newer Anapana</comment>
        <translation>format %1</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="177"/>
        <source>it holds tables this version doesn&apos;t know: %1</source>
        <comment>why the log looks written by a newer Anapana</comment>
        <translation>il contient des tables que cette version ne connaît pas : %1</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="181"/>
        <source>The practice log can&apos;t be opened: %1</source>
        <translation>Le journal de pratique ne peut pas être ouvert : %1</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="184"/>
        <source>The practice log can&apos;t be opened, even to read it: %1</source>
        <translation>Le journal de pratique ne peut pas être ouvert, même en lecture : %1</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="187"/>
        <source>The practice log %1 needs updating to this Anapana&apos;s format, and it can&apos;t be written just now (the disk is full or read-only). It has not been changed.</source>
        <translation>Le journal de pratique %1 doit être mis à jour vers le format de cette version d’Anapana, et il ne peut pas être écrit pour le moment (le disque est plein ou en lecture seule). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="192"/>
        <source>The practice log %1 can&apos;t be updated to this version&apos;s format (%2); it has not been changed.</source>
        <translation>Le journal de pratique %1 ne peut pas être mis à jour vers le format de cette version (%2) ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="196"/>
        <source>The practice log can&apos;t be updated: %1</source>
        <translation>Le journal de pratique ne peut pas être mis à jour : %1</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="199"/>
        <source>The practice log %1 could not be read, and it can&apos;t be kept aside just now (%2); it has not been changed.</source>
        <translation>Le journal de pratique %1 n’a pas pu être lu, et il ne peut pas être mis de côté pour le moment (%2) ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="203"/>
        <source>The practice log could not be read, so it was kept aside as %1; a fresh log can&apos;t be started just now (%2).</source>
        <translation>Le journal de pratique n’a pas pu être lu ; il a donc été mis de côté sous le nom %1. Un nouveau journal ne peut pas être commencé pour le moment (%2).</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="207"/>
        <source>%1 is a link; Anapana doesn&apos;t write to the practice log through links. Remove the link to go on.</source>
        <translation>%1 est un lien ; Anapana n’écrit pas dans le journal de pratique à travers des liens. Supprimez le lien pour continuer.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="211"/>
        <source>The practice log %1 is a link that can&apos;t be followed.</source>
        <translation>Le journal de pratique %1 est un lien qui ne peut pas être suivi.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="214"/>
        <source>The practice log %1 is a link to %2, outside the data folder %3. Anapana only keeps your log inside its own folder, so it neither reads nor changes that file; move it into the folder (or remove the link).</source>
        <translation>Le journal de pratique %1 est un lien vers %2, en dehors du dossier de données %3. Anapana ne garde votre journal que dans son propre dossier : il ne lit ni ne modifie donc ce fichier. Déplacez-le dans le dossier (ou supprimez le lien).</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="64"/>
        <source>it is unusually large (%1)</source>
        <translation>il est anormalement volumineux (%1)</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="65"/>
        <source>it can&apos;t be read (%1)</source>
        <translation>il ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="66"/>
        <source>its header is cut short</source>
        <translation>son en-tête est tronqué</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="67"/>
        <source>its header is not a SQLite journal header</source>
        <translation>son en-tête n’est pas celui d’un fichier de transactions SQLite</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="68"/>
        <source>its header checksum does not match</source>
        <translation>la somme de contrôle de son en-tête ne correspond pas</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="69"/>
        <source>its page size does not match the log&apos;s</source>
        <translation>sa taille de page ne correspond pas à celle du journal</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="70"/>
        <source>its page size is not valid</source>
        <translation>sa taille de page n’est pas valide</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="71"/>
        <source>a committed change in it fails its checksum</source>
        <translation>une modification validée qu’il contient a une somme de contrôle incorrecte</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="72"/>
        <source>committed changes in it follow a frame that fails its checksum</source>
        <translation>des modifications validées y suivent un bloc dont la somme de contrôle est incorrecte</translation>
    </message>
</context>
<context>
    <name>LogWords</name>
    <message>
        <location filename="../app/shown_words.py" line="15"/>
        <source>heavy</source>
        <translation>ça pèse</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="16"/>
        <source>low</source>
        <translation>à plat</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="17"/>
        <source>okay</source>
        <translation>ça va</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="18"/>
        <source>good</source>
        <translation>bien</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="19"/>
        <source>bright</source>
        <translation>au beau fixe</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="20"/>
        <source>calm</source>
        <translation>calme</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="21"/>
        <source>content</source>
        <translation>contentement</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="22"/>
        <source>grateful</source>
        <translation>gratitude</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="23"/>
        <source>tender</source>
        <translation>tendresse</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="24"/>
        <source>hopeful</source>
        <translation>espoir</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="25"/>
        <source>tired</source>
        <translation>fatigue</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="26"/>
        <source>restless</source>
        <translation>agitation</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="27"/>
        <source>anxious</source>
        <translation>anxiété</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="28"/>
        <source>sad</source>
        <translation>tristesse</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="29"/>
        <source>irritable</source>
        <translation>irritation</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="30"/>
        <source>scattered</source>
        <translation>dispersion</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="31"/>
        <source>numb</source>
        <translation>engourdissement</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/main_window.py" line="98"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="102"/>
        <source>About Anapana</source>
        <translation>À propos d&apos;Anapana</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="108"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="243"/>
        <location filename="../app/main_window.py" line="395"/>
        <source>No session called %1.</source>
        <translation>Aucune séance ne s’appelle %1.</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="307"/>
        <source>The new session could not be made: %1</source>
        <translation>La nouvelle séance n’a pas pu être créée : %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="314"/>
        <source>Made %1. Open it in your text editor to change it.</source>
        <translation>%1 est créée. Ouvrez-la dans votre éditeur de texte pour la modifier.</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="317"/>
        <source>Made %1: save it in your editor and it updates here.</source>
        <translation>%1 est créée : enregistrez-la dans votre éditeur et elle se met à jour ici.</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="325"/>
        <source>The sessions folder could not be made: %1</source>
        <translation>Le dossier des séances n’a pas pu être créé : %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="329"/>
        <source>Your sessions folder is %1</source>
        <translation>Votre dossier des séances est %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="333"/>
        <source>Open %1 in your text editor to change it.</source>
        <translation>Ouvrez %1 dans votre éditeur de texte pour le modifier.</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="370"/>
        <source>The practice log can&apos;t be opened, so there is no history to show.</source>
        <translation>Le journal de pratique ne peut pas être ouvert, il n’y a donc pas d’historique à afficher.</translation>
    </message>
</context>
<context>
    <name>MoodByPractice</name>
    <message>
        <location filename="../app/history/charts.py" line="191"/>
        <source>Mood change by practice</source>
        <translation>Évolution de l&apos;humeur par pratique</translation>
    </message>
</context>
<context>
    <name>MoodChart</name>
    <message>
        <location filename="../app/history/charts.py" line="124"/>
        <source>Mood before and after, by month</source>
        <translation>Humeur avant et après, par mois</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="132"/>
        <source>Before the session (dashed)</source>
        <translation>Avant la séance (pointillés)</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="133"/>
        <source>After the session</source>
        <translation>Après la séance</translation>
    </message>
</context>
<context>
    <name>PacingFigure</name>
    <message>
        <location filename="../app/figure.py" line="73"/>
        <source>Breathing figure</source>
        <translation>Figure de respiration</translation>
    </message>
    <message>
        <location filename="../app/figure.py" line="75"/>
        <source>Swells as you breathe in and settles as you breathe out.</source>
        <translation>Grandit quand vous inspirez et s&apos;apaise quand vous expirez.</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <location filename="../app/plan_preview.py" line="70"/>
        <source>feet</source>
        <translation>pieds</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="71"/>
        <source>knees</source>
        <translation>genoux</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="72"/>
        <source>hips</source>
        <translation>hanches</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="73"/>
        <source>chest</source>
        <translation>poitrine</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="74"/>
        <source>head</source>
        <translation>tête</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="172"/>
        <source>Session preview</source>
        <translation>Aperçu de la séance</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="243"/>
        <source>breaths / min</source>
        <translation>respirations / min</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="244"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <location filename="../app/player_view.py" line="78"/>
        <source>Player</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="128"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="139"/>
        <source>Segment</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="142"/>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="150"/>
        <source>Session progress</source>
        <translation>Progression de la séance</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="157"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="158"/>
        <source>Phase details</source>
        <translation>Détails de la phase</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="159"/>
        <source>Body-scan step</source>
        <translation>Étape du scan corporel</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="160"/>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="161"/>
        <source>Prompt</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="162"/>
        <source>Segment intro</source>
        <translation>Introduction de la partie</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="164"/>
        <source>Writing</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="165"/>
        <source>Your writing</source>
        <translation>Votre texte</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="167"/>
        <source>Write whatever comes; no one else will read it. It is saved as you type, in this session&apos;s journal note.</source>
        <translation>Écrivez ce qui vient ; personne d&apos;autre ne le lira. Le texte est enregistré au fil de la frappe, dans la note de journal de cette séance.</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="169"/>
        <source>Done writing</source>
        <translation>Terminer l&apos;écriture</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="171"/>
        <source>Save, and go on to the next part (Ctrl+Enter)</source>
        <translation>Enregistrer et passer à la partie suivante (Ctrl+Entrée)</translation>
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
        <translation>Mettre en pause ou reprendre</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="177"/>
        <source>Pause or resume (Space)</source>
        <translation>Mettre en pause ou reprendre (Espace)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="183"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="183"/>
        <source>Skip to the next part</source>
        <translation>Passer à la partie suivante</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="184"/>
        <source>Skip to the next part (→)</source>
        <translation>Passer à la partie suivante (→)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="185"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="186"/>
        <source>Go on when you are ready (Space or Enter)</source>
        <translation>Continuez quand vous le souhaitez (Espace ou Entrée)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="189"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="189"/>
        <source>Stop the session</source>
        <translation>Arrêter la séance</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="190"/>
        <source>Stop the session (Esc)</source>
        <translation>Arrêter la séance (Échap)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="192"/>
        <location filename="../app/player_view.py" line="630"/>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="192"/>
        <source>Mute sound</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="193"/>
        <source>Mute or unmute sound (M)</source>
        <translation>Couper ou rétablir le son (M)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="196"/>
        <source>Focus</source>
        <translation>Concentration</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="196"/>
        <source>Focus mode</source>
        <translation>Mode concentration</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="197"/>
        <source>Show only the figure, full screen (F11)</source>
        <translation>N&apos;afficher que la figure, en plein écran (F11)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="488"/>
        <source>Take your time</source>
        <translation>Prenez votre temps</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="490"/>
        <source>%1 left</source>
        <comment>time left in the session</comment>
        <translation>il reste %1</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="497"/>
        <source>%1% done, %2</source>
        <translation>%1 % parcouru, %2</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="515"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/player_view.py" line="526"/>
        <source>Settle in. Beginning in %n second(s)</source>
        <translation>
            <numerusform>Installez-vous. Début dans %n seconde</numerusform>
            <numerusform>Installez-vous. Début dans %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="529"/>
        <location filename="../app/player_view.py" line="551"/>
        <source>Settle in</source>
        <translation>Installez-vous</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="531"/>
        <source>Paused. Press Space to resume</source>
        <translation>En pause. Appuyez sur Espace pour reprendre</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="533"/>
        <source>Resumed</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="535"/>
        <source>Continue when you are ready: press Space or Enter</source>
        <translation>Continuez quand vous le souhaitez : appuyez sur Espace ou Entrée</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="537"/>
        <source>The session has ended. You practised for %1.</source>
        <translation>La séance est terminée. Vous avez pratiqué pendant %1.</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="539"/>
        <source>Session stopped. You practised for %1.</source>
        <translation>Séance arrêtée. Vous avez pratiqué pendant %1.</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="551"/>
        <location filename="../app/player_view.py" line="555"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="552"/>
        <source>Beginning in %1</source>
        <translation>Début dans %1</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="555"/>
        <source>Press Space or Resume to go on</source>
        <translation>Appuyez sur Espace ou sur Reprendre pour continuer</translation>
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
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="567"/>
        <location filename="../app/player_view.py" line="572"/>
        <source>Continue when you are ready</source>
        <translation>Continuez quand vous le souhaitez</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="579"/>
        <source>breath %1 of %2</source>
        <translation>respiration %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/player_view.py" line="588"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
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
        <translation>Rétablir le son</translation>
    </message>
</context>
<context>
    <name>PracticeTable</name>
    <message>
        <location filename="../app/history/table.py" line="31"/>
        <source>unknown date (damaged)</source>
        <translation>date inconnue (entrée endommagée)</translation>
    </message>
    <message>
        <location filename="../app/history/table.py" line="49"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../app/history/table.py" line="49"/>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../app/history/table.py" line="49"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../app/history/table.py" line="49"/>
        <source>How it ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../app/history/table.py" line="50"/>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <location filename="../app/history/table.py" line="50"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>RateBars</name>
    <message>
        <location filename="../app/heart_result.py" line="97"/>
        <source>Heart-rate swing at each pace</source>
        <translation>Variation de la fréquence cardiaque à chaque rythme</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="115"/>
        <source>%1 a minute: %2</source>
        <comment>a breathing rate: the heart&apos;s swing at it</comment>
        <translation>%1 par minute : %2</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="117"/>
        <source>no clear reading</source>
        <translation>pas de mesure claire</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="118"/>
        <source>%1 beats a minute</source>
        <translation>%1 battements par minute</translation>
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
        <translation>Rappel d&apos;Anapana</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="51"/>
        <source>Begin</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="52"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="53"/>
        <source>Not today</source>
        <translation>Pas aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="54"/>
        <source>Offer this again in a little while</source>
        <translation>Le proposer à nouveau dans un moment</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="55"/>
        <source>No more reminders today</source>
        <translation>Plus de rappels aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/reminder_note.py" line="74"/>
        <source>Offer this again in %n minute(s)</source>
        <translation>
            <numerusform>Le proposer à nouveau dans %n minute</numerusform>
            <numerusform>Le proposer à nouveau dans %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <location filename="../app/desktop/reminder_service.py" line="173"/>
        <source>A quiet moment, if you&apos;d like one.</source>
        <translation>Un moment de calme, si vous le souhaitez.</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_service.py" line="175"/>
        <source>%1 is here whenever you are.</source>
        <translation>%1 vous attend, quand vous le souhaitez.</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsPanel</name>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="62"/>
        <source>Offer gentle reminders to pause</source>
        <translation>Proposer de doux rappels pour faire une pause</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="67"/>
        <source>Reminder times, separated by commas</source>
        <translation>Heures des rappels, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="78"/>
        <source>Session a reminder suggests</source>
        <translation>Séance proposée par un rappel</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="79"/>
        <source>Just open Anapana</source>
        <translation>Simplement ouvrir Anapana</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="88"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="90"/>
        <source>Later waits this many minutes</source>
        <translation>« Plus tard » attend ce nombre de minutes</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="93"/>
        <source>Quiet hours, from</source>
        <translation>Heures calmes, de</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="101"/>
        <source>Quiet hours start</source>
        <translation>Début des heures calmes</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="102"/>
        <source>Quiet hours end</source>
        <translation>Fin des heures calmes</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="106"/>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="111"/>
        <source>Reminders stay quiet while you practise. They only come while Anapana runs; starting it at login, in the tray, keeps them coming.</source>
        <translation>Les rappels restent silencieux pendant que vous pratiquez. Ils n&apos;arrivent que lorsqu&apos;Anapana est ouvert ; le lancer à l&apos;ouverture de session, dans la zone de notification, permet de continuer à les recevoir.</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="116"/>
        <source>Keep Anapana in the tray when the window closes</source>
        <translation>Garder Anapana dans la zone de notification quand la fenêtre se ferme</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="119"/>
        <source>Start Anapana quietly when I log in</source>
        <translation>Lancer Anapana discrètement à l&apos;ouverture de session</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="123"/>
        <source>At</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="124"/>
        <source>On</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="125"/>
        <source>Suggest</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="126"/>
        <source>Later waits</source>
        <translation>« Plus tard » attend</translation>
    </message>
</context>
<context>
    <name>ResonanceReason</name>
    <message>
        <location filename="../hr/reason_text.py" line="14"/>
        <source>This session has no paced breathing to compare; the resonance assessment needs a session such as the resonance-rate finder.</source>
        <translation>Cette séance n’a pas de respiration rythmée à comparer ; l’évaluation de la résonance a besoin d’une séance comme la Recherche du rythme de résonance.</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="18"/>
        <source>No pace had enough clean heartbeats to compare (each needs the recording to cover it and at least %1 whole breaths after its first half minute).</source>
        <translation>Aucun rythme n’avait assez de battements fiables pour être comparé (chacun demande que l’enregistrement le couvre et au moins %1 respirations complètes après sa première demi-minute).</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="22"/>
        <source>Your heart rate did not clearly rise and fall with the breath at any pace this time, so there is no suggestion. Breathing along with the sound, sitting comfortably and a chest strap that sends every beat usually help.</source>
        <translation>Cette fois, votre fréquence cardiaque n’a monté et baissé nettement avec la respiration à aucun rythme, il n’y a donc pas de suggestion. Respirer avec le son, s’installer confortablement et utiliser une ceinture cardiaque qui transmet chaque battement aident en général.</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="27"/>
        <source>Only %1 breaths a minute had enough heart data to measure, so it is the suggestion; a full run through every pace gives a surer answer.</source>
        <translation>Seul le rythme de %1 respirations par minute avait assez de données cardiaques pour être mesuré, c’est donc la suggestion ; un passage complet par tous les rythmes donne une réponse plus sûre.</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="31"/>
        <source>At %1 breaths a minute your heart showed %2 (%3).</source>
        <translation>À %1 respirations par minute, votre cœur a montré %2 (%3).</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="32"/>
        <source>At %1 breaths a minute your heart did best across the measures taken together (%2).</source>
        <translation>À %1 respirations par minute, votre cœur a obtenu les meilleurs résultats sur l’ensemble des mesures (%2).</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="35"/>
        <source>%1 beats a minute from peak to trough</source>
        <translation>%1 battements par minute entre le point haut et le point bas</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="36"/>
        <source>%1 breaths a minute came very close, so either pace will serve you well.</source>
        <translation>%1 respirations par minute ont donné un résultat très proche, les deux rythmes vous conviendront donc.</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="38"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="39"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="41"/>
        <source>the largest heart-rate swing with each breath</source>
        <translation>la plus grande variation de la fréquence cardiaque à chaque respiration</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="43"/>
        <source>the most low-frequency heart-rate variability</source>
        <translation>la plus forte variabilité de la fréquence cardiaque en basse fréquence</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="45"/>
        <source>the highest low-frequency peak</source>
        <translation>le pic de basse fréquence le plus élevé</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="46"/>
        <source>heart rate rising and falling most steadily with the breath</source>
        <translation>une fréquence cardiaque qui monte et descend le plus régulièrement avec la respiration</translation>
    </message>
</context>
<context>
    <name>ResonanceResultView</name>
    <message>
        <location filename="../app/heart_result.py" line="27"/>
        <source>A practice aid, not a medical measurement: the pace that feels easiest is a fine choice too.</source>
        <translation>Une aide à la pratique, pas une mesure médicale : le rythme qui vous semble le plus facile est aussi un bon choix.</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="80"/>
        <source>The session could not be written: %1</source>
        <translation>La séance n&apos;a pas pu être écrite : %1</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="86"/>
        <source>The session came out wrong and was not kept: %1</source>
        <translation>La séance a été mal générée et n&apos;a pas été conservée : %1</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="178"/>
        <source>How your heart followed each pace</source>
        <translation>Comment votre cœur a suivi chaque rythme</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="181"/>
        <source>The rise and fall of your heart rate with each breath, in beats a minute</source>
        <translation>La montée et la descente de votre fréquence cardiaque à chaque respiration, en battements par minute</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="187"/>
        <source>Recommended pace</source>
        <translation>Rythme recommandé</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="192"/>
        <source>Why this pace</source>
        <translation>Pourquoi ce rythme</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="204"/>
        <location filename="../app/heart_result.py" line="206"/>
        <source>Create my resonance session</source>
        <translation>Créer ma séance de résonance</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="216"/>
        <location filename="../app/heart_result.py" line="217"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="247"/>
        <source>No clear resonance pace this time</source>
        <translation>Pas de rythme de résonance clair cette fois-ci</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="250"/>
        <source>Your resonance pace looks like %1 breaths a minute</source>
        <translation>Votre rythme de résonance semble être de %1 respirations par minute</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="273"/>
        <source>Made %1 in your sessions: it is in the library now, and you can open it in a text editor to change it.</source>
        <translation>Le fichier %1 a été créé dans vos séances : il est maintenant dans la bibliothèque, et vous pouvez l&apos;ouvrir dans un éditeur de texte pour le modifier.</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <location filename="../app/session_flow.py" line="178"/>
        <location filename="../app/session_flow.py" line="193"/>
        <source>End the session?</source>
        <translation>Terminer la séance ?</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="179"/>
        <source>You have practised for %1.</source>
        <translation>Vous avez pratiqué %1.</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="180"/>
        <source>End the session here? What you practised is kept.</source>
        <translation>Terminer la séance ici ? Ce que vous avez pratiqué est conservé.</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="181"/>
        <location filename="../app/session_flow.py" line="197"/>
        <source>End session</source>
        <translation>Terminer la séance</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="182"/>
        <location filename="../app/session_flow.py" line="198"/>
        <source>Keep going</source>
        <translation>Continuer la pratique</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="194"/>
        <source>This is the last part of the session.</source>
        <translation>C’est la dernière partie de la séance.</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="196"/>
        <source>Skipping it ends the session here. What you practised is kept.</source>
        <translation>Si vous la passez, la séance se termine ici. Ce que vous avez pratiqué est conservé.</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="214"/>
        <source>The heart rate can&apos;t be shown this time (%1).</source>
        <translation>La fréquence cardiaque ne peut pas être affichée cette fois (%1).</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="264"/>
        <source>Made %1: it is in your library.</source>
        <translation>%1 est créée : elle est dans votre bibliothèque.</translation>
    </message>
</context>
<context>
    <name>SessionTags</name>
    <message>
        <location filename="../app/tag_names.py" line="19"/>
        <source>assessment</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="20"/>
        <source>body-scan</source>
        <translation>scan corporel</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="21"/>
        <source>breath</source>
        <translation>souffle</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="22"/>
        <source>breath-hold</source>
        <translation>rétention du souffle</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="23"/>
        <source>breathing</source>
        <translation>respiration</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="24"/>
        <source>calm</source>
        <translation>calme</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="25"/>
        <source>compassion</source>
        <translation>compassion</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="26"/>
        <source>emotions</source>
        <translation>émotions</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="27"/>
        <source>energy</source>
        <translation>énergie</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="28"/>
        <source>evening</source>
        <translation>soir</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="29"/>
        <source>focus</source>
        <translation>concentration</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="30"/>
        <source>hrv</source>
        <translation>VFC</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="31"/>
        <source>intention</source>
        <translation>intention</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="32"/>
        <source>journaling</source>
        <translation>journal</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="33"/>
        <source>labelling</source>
        <translation>nommer</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="34"/>
        <source>long</source>
        <translation>longue</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="35"/>
        <source>mbsr</source>
        <translation>MBSR</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="36"/>
        <source>meditation</source>
        <translation>méditation</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="37"/>
        <source>metta</source>
        <translation>metta</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="38"/>
        <source>mindfulness</source>
        <translation>pleine conscience</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="39"/>
        <source>mood</source>
        <translation>humeur</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="40"/>
        <source>morning</source>
        <translation>matin</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="41"/>
        <source>pause</source>
        <translation>pause</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="42"/>
        <source>rain</source>
        <translation>RAIN</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="43"/>
        <source>relaxation</source>
        <translation>détente</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="44"/>
        <source>resonance</source>
        <translation>résonance</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="45"/>
        <source>rounds</source>
        <translation>séries</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="46"/>
        <source>self-compassion</source>
        <translation>autocompassion</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="47"/>
        <source>short</source>
        <translation>courte</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="48"/>
        <source>silence</source>
        <translation>silence</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="49"/>
        <source>sleep</source>
        <translation>sommeil</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="50"/>
        <source>timer</source>
        <translation>minuteur</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="51"/>
        <source>writing</source>
        <translation>écriture</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/settings_dialog.py" line="29"/>
        <location filename="../app/settings_dialog.py" line="68"/>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="30"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="31"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="32"/>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="33"/>
        <source>Square (traces its sides, for box breathing)</source>
        <translation>Carré (suit ses côtés, pour la respiration carrée)</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="35"/>
        <source>The session&apos;s own cues</source>
        <translation>Les signaux propres à la séance</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="36"/>
        <source>Say in, hold, out</source>
        <translation>Dire inspirez, retenez, expirez</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="37"/>
        <source>A distinct tone for in, hold and out</source>
        <translation>Un son distinct pour l&apos;inspiration, la rétention et l&apos;expiration</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="56"/>
        <location filename="../app/settings_dialog.py" line="57"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="60"/>
        <location filename="../app/settings_dialog.py" line="145"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="67"/>
        <source>Language of the app (after a restart)</source>
        <translation>Langue de l&apos;application (après un redémarrage)</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="74"/>
        <source>The new language shows the next time Anapana starts.</source>
        <translation>La nouvelle langue s&apos;affichera au prochain démarrage d&apos;Anapana.</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="80"/>
        <source>Figure style</source>
        <translation>Forme de la figure</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="87"/>
        <source>Reduce motion (the figure changes colour instead of size)</source>
        <translation>Réduire les animations (la figure change de couleur plutôt que de taille)</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="88"/>
        <source>Reduce motion</source>
        <translation>Réduire les animations</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="93"/>
        <source>Lead-in before a session, in seconds</source>
        <translation>Préparation avant une séance, en secondes</translation>
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
        <translation>Lire les consignes à voix haute</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="105"/>
        <source>Following with eyes closed</source>
        <translation>Suivre les yeux fermés</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="111"/>
        <location filename="../app/settings_dialog.py" line="132"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="112"/>
        <source>The session&apos;s language (default)</source>
        <translation>La langue de la séance (par défaut)</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="125"/>
        <source>%1 volume</source>
        <translation>Volume : %1</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="131"/>
        <source>Eyes closed</source>
        <translation>Yeux fermés</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="133"/>
        <source>Natural voices…</source>
        <translation>Voix naturelles…</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="134"/>
        <source>Add, download and choose Piper voices</source>
        <translation>Ajouter, télécharger et choisir des voix Piper</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="138"/>
        <location filename="../app/settings_dialog.py" line="139"/>
        <source>Announce each phase to screen readers</source>
        <translation>Annoncer chaque phase aux lecteurs d&apos;écran</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="143"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="146"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="148"/>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="150"/>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="152"/>
        <source>Lead-in</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="153"/>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="155"/>
        <location filename="../app/settings_dialog.py" line="156"/>
        <source>Show the spoken words as captions</source>
        <translation>Afficher les paroles en sous-titres</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="160"/>
        <source>Accessibility</source>
        <translation>Accessibilité</translation>
    </message>
</context>
<context>
    <name>SoundChannels</name>
    <message>
        <location filename="../sound/channels.py" line="16"/>
        <source>Breath cues</source>
        <translation>Signaux de respiration</translation>
    </message>
    <message>
        <location filename="../sound/channels.py" line="17"/>
        <source>Bells</source>
        <translation>Cloches</translation>
    </message>
    <message>
        <location filename="../sound/channels.py" line="18"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
</context>
<context>
    <name>SoundLayer</name>
    <message>
        <location filename="../app/sound_sink.py" line="261"/>
        <source>A spoken line could not be rendered — its words are shown instead</source>
        <translation>Une phrase parlée n’a pas pu être produite — ses mots s’affichent à la place</translation>
    </message>
</context>
<context>
    <name>SoundNotices</name>
    <message>
        <location filename="../sound/output.py" line="28"/>
        <source>No sound device found — cues are off</source>
        <translation>Aucun périphérique audio trouvé — les sons sont coupés</translation>
    </message>
    <message>
        <location filename="../sound/speech.py" line="30"/>
        <source>Spoken guidance is not available here — the words are shown instead</source>
        <translation>Le guidage parlé n&apos;est pas disponible ici — les mots s&apos;affichent à la place</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../app/background_task.py" line="79"/>
        <source>Something went wrong: %1</source>
        <translation>Quelque chose n&apos;a pas fonctionné : %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../app/desktop/tray.py" line="45"/>
        <source>Open Anapana</source>
        <translation>Ouvrir Anapana</translation>
    </message>
    <message>
        <location filename="../app/desktop/tray.py" line="46"/>
        <location filename="../app/desktop/tray.py" line="83"/>
        <source>Pause reminders for today</source>
        <translation>Suspendre les rappels pour aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../app/desktop/tray.py" line="48"/>
        <source>About Anapana</source>
        <translation>À propos d&apos;Anapana</translation>
    </message>
    <message>
        <location filename="../app/desktop/tray.py" line="49"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../app/desktop/tray.py" line="82"/>
        <source>Resume reminders today</source>
        <translation>Reprendre les rappels aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>VoiceErrors</name>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="121"/>
        <source>a file path must be a short text</source>
        <translation>un chemin de fichier doit être un texte court</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="124"/>
        <source>the file path %1 is nested too deeply</source>
        <translation>le chemin de fichier %1 est trop profondément imbriqué</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="128"/>
        <source>the file path %1 could leave the voices folder (only plain names separated by / are allowed)</source>
        <translation>le chemin de fichier %1 pourrait sortir du dossier des voix (seuls des noms simples séparés par / sont permis)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="136"/>
        <source>%1: an object with size_bytes and md5_digest expected</source>
        <translation>%1 : un objet avec size_bytes et md5_digest était attendu</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="140"/>
        <source>%1: size_bytes must be a whole number from 1 to %2</source>
        <translation>%1 : size_bytes doit être un nombre entier de 1 à %2</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="145"/>
        <source>%1: md5_digest must be 32 hexadecimal digits</source>
        <translation>%1 : md5_digest doit compter 32 chiffres hexadécimaux</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="153"/>
        <source>&apos;language&apos; must be an object with a code</source>
        <translation>&apos;language&apos; doit être un objet avec un code</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="158"/>
        <source>language.code must be a language tag such as en_US</source>
        <translation>language.code doit être une étiquette de langue comme en_US</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="170"/>
        <source>the voice&apos;s name has characters other than letters, digits, _ . -</source>
        <translation>le nom de la voix contient d&apos;autres caractères que des lettres, des chiffres, _ . -</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="173"/>
        <source>an object expected</source>
        <translation>un objet était attendu</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="177"/>
        <source>quality must be one of %1</source>
        <translation>quality doit être l&apos;une de ces valeurs : %1</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="184"/>
        <source>num_speakers must be a whole number from 1</source>
        <translation>num_speakers doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="188"/>
        <source>&apos;files&apos; must be an object of path → size and digest</source>
        <translation>&apos;files&apos; doit être un objet chemin → taille et empreinte</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="191"/>
        <source>more than %1 files</source>
        <translation>plus de %1 fichiers</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="205"/>
        <source>the files %1.onnx and %1.onnx.json must both be listed</source>
        <translation>les fichiers %1.onnx et %1.onnx.json doivent figurer tous les deux</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="220"/>
        <source>%1: a JSON object of voices expected at the top</source>
        <translation>%1 : un objet JSON de voix était attendu au premier niveau</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="223"/>
        <source>%1: more than %2 voices; refusing to read it</source>
        <translation>%1 : plus de %2 voix ; le fichier n&apos;est pas lu</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="231"/>
        <source>%1: %2: %3</source>
        <translation>%1 : %2 : %3</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="235"/>
        <source>%1: no voice in it can be used (%2)</source>
        <translation>%1 : aucune voix n&apos;y est utilisable (%2)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="237"/>
        <source>%1: no voice in it can be used</source>
        <translation>%1 : aucune voix n&apos;y est utilisable</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="55"/>
        <source>The download was cancelled; it can continue later.</source>
        <translation>Le téléchargement a été annulé ; il pourra reprendre plus tard.</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="105"/>
        <source>%1 is not an http:// or https:// address</source>
        <translation>%1 n&apos;est pas une adresse http:// ou https://</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="108"/>
        <source>%1: a catalogue address has no ?query or #fragment</source>
        <translation>%1 : une adresse de catalogue n&apos;a ni ?query ni #fragment</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="123"/>
        <source>the server sent the request on to an address that is not http(s) or that drops https; refused</source>
        <translation>le serveur a renvoyé la requête vers une adresse qui n&apos;est pas en http(s) ou qui abandonne https ; refusé</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="126"/>
        <source>the server answered %1 %2</source>
        <translation>le serveur a répondu %1 %2</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="131"/>
        <source>the address could not be found (are you offline?)</source>
        <translation>l&apos;adresse est introuvable (êtes-vous hors ligne ?)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="133"/>
        <source>could not connect (%1)</source>
        <translation>connexion impossible (%1)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="136"/>
        <source>the server stopped answering</source>
        <translation>le serveur ne répond plus</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="138"/>
        <source>the connection dropped</source>
        <translation>la connexion a été interrompue</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="150"/>
        <source>%1: %2 bytes is too large (at most %3)</source>
        <translation>%1 : %2 octets, c&apos;est trop (au plus %3)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="163"/>
        <source>%1: larger than %2 bytes; refused</source>
        <translation>%1 : plus de %2 octets ; refusé</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="171"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="211"/>
        <source>%1: the server resumed at the wrong place; starting over next time</source>
        <translation>%1 : le serveur a repris au mauvais endroit ; la prochaine fois, tout recommencera depuis le début</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="218"/>
        <source>%1: unexpected answer %2</source>
        <translation>%1 : réponse inattendue %2</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="222"/>
        <source>%1: the server offers %2 bytes but the catalogue says %3; refused</source>
        <translation>%1 : le serveur propose %2 octets mais le catalogue en annonce %3 ; refusé</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="237"/>
        <source>%1: more than the %2 bytes the catalogue promised; refused</source>
        <translation>%1 : plus que les %2 octets annoncés par le catalogue ; refusé</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="278"/>
        <source>it ended early</source>
        <translation>il s&apos;est arrêté trop tôt</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="279"/>
        <source>%1: stopped at %2 of %3 bytes (%4). Try again later: it continues where it stopped.</source>
        <translation>%1 : arrêté à %2 octets sur %3 (%4). Réessayez plus tard : il reprendra là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="284"/>
        <source>%1: the file&apos;s checksum does not match the catalogue&apos;s, so it was not installed (it may be damaged or altered).</source>
        <translation>%1 : la somme de contrôle du fichier ne correspond pas à celle du catalogue, il n&apos;a donc pas été installé (il est peut-être abîmé ou modifié).</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="307"/>
        <source>%1: the model card does not match the catalogue&apos;s checksum</source>
        <translation>%1 : la fiche du modèle ne correspond pas à la somme de contrôle du catalogue</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="61"/>
        <source>%1 is not a number JSON allows</source>
        <translation>%1 n&apos;est pas un nombre permis par JSON</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="69"/>
        <source>the key %1 appears twice</source>
        <translation>la clé %1 apparaît deux fois</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="123"/>
        <source>%1: %2 bytes is too large (at most %3 expected)</source>
        <translation>%1 : %2 octets, c&apos;est trop (au plus %3 attendus)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="129"/>
        <source>%1: byte %2 is not UTF-8 text (JSON expected)</source>
        <translation>%1 : l&apos;octet %2 n&apos;est pas du texte UTF-8 (JSON attendu)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="138"/>
        <source>%1:%2:%3: not valid JSON (%4)</source>
        <translation>%1:%2:%3 : JSON non valide (%4)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="143"/>
        <source>%1: not usable JSON (%2)</source>
        <translation>%1 : JSON inutilisable (%2)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="152"/>
        <source>%1: nested more than %2 levels deep</source>
        <translation>%1 : imbriqué sur plus de %2 niveaux</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="162"/>
        <source>%1: there is no such file (%2 expected)</source>
        <translation>%1 : ce fichier n&apos;existe pas (%2 attendu)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="167"/>
        <source>%1: is a symbolic link; please choose the file itself</source>
        <translation>%1 : est un lien symbolique ; choisissez plutôt le fichier lui-même</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="176"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1 : impossible à lire (%2)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="182"/>
        <source>%1: is not a regular file (%2 expected)</source>
        <translation>%1 : n&apos;est pas un fichier ordinaire (%2 attendu)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="191"/>
        <source>%1: %2 bytes is too large for %3 (at most %4)</source>
        <translation>%1 : %2 octets, c&apos;est trop pour %3 (au plus %4)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="198"/>
        <location filename="../sound/tts/voice_store.py" line="377"/>
        <source>%1: cannot be opened (%2)</source>
        <translation>%1 : impossible à ouvrir (%2)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="206"/>
        <source>%1: grew past %2 bytes while being read</source>
        <translation>%1 : a dépassé %2 octets pendant la lecture</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="219"/>
        <source>%1: only %2 bytes, too small to be a voice model</source>
        <translation>%1 : seulement %2 octets, trop petit pour un modèle de voix</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="223"/>
        <source>%1: %2 bytes is larger than any voice (at most %3)</source>
        <translation>%1 : %2 octets, c&apos;est plus que n&apos;importe quelle voix (au plus %3)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="227"/>
        <source>%1: does not look like an ONNX model (.onnx expected)</source>
        <translation>%1 : ne ressemble pas à un modèle ONNX (.onnx attendu)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="234"/>
        <source>an .onnx voice model</source>
        <translation>un modèle de voix .onnx</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="247"/>
        <source>%1: the key %2 is missing (%3 expected)</source>
        <translation>%1 : la clé %2 manque (%3 attendu)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="252"/>
        <source>%1: %2 is %3, %4 expected</source>
        <translation>%1 : %2 est %3, %4 attendu</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="266"/>
        <source>%1: a JSON object expected at the top</source>
        <translation>%1 : un objet JSON était attendu au premier niveau</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="268"/>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="270"/>
        <source>an object with sample_rate</source>
        <translation>un objet avec sample_rate</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="273"/>
        <source>%1: audio.sample_rate %2 is outside 8000–48000 Hz</source>
        <translation>%1 : audio.sample_rate %2 est en dehors de 8000–48000 Hz</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="277"/>
        <source>%1: audio.quality %2 is not one of %3</source>
        <translation>%1 : audio.quality %2 n&apos;est pas l&apos;une de ces valeurs : %3</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="281"/>
        <source>an object of phoneme → ids</source>
        <translation>un objet phonème → identifiants</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="283"/>
        <source>%1: phoneme_id_map must hold 1 to 4096 phonemes</source>
        <translation>%1 : phoneme_id_map doit contenir de 1 à 4096 phonèmes</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="287"/>
        <source>%1: phoneme_id_map has no %2 (sentence start, pause and end markers expected)</source>
        <translation>%1 : phoneme_id_map n&apos;a pas de %2 (marqueurs de début de phrase, de pause et de fin attendus)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="294"/>
        <source>%1: phoneme_id_map[%2] must be a list of small whole numbers</source>
        <translation>%1 : phoneme_id_map[%2] doit être une liste de petits nombres entiers</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="299"/>
        <source>%1: &apos;espeak&apos; must be an object with a voice</source>
        <translation>%1 : &apos;espeak&apos; doit être un objet avec une voice</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="303"/>
        <source>%1: espeak.voice must be a short text</source>
        <translation>%1 : espeak.voice doit être un texte court</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="309"/>
        <source>%1: phoneme_type %2 is not supported here (%3 or %4 expected)</source>
        <translation>%1 : phoneme_type %2 n&apos;est pas pris en charge ici (%3 ou %4 attendu)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="313"/>
        <source>%1: espeak.voice is missing (an espeak-ng voice expected)</source>
        <translation>%1 : espeak.voice manque (une voix espeak-ng attendue)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="317"/>
        <source>%1: num_symbols %2 is outside 1–65536</source>
        <translation>%1 : num_symbols %2 est en dehors de 1–65536</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="322"/>
        <source>%1: num_speakers must be a whole number from 1</source>
        <translation>%1 : num_speakers doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="326"/>
        <source>%1: &apos;inference&apos; must be an object</source>
        <translation>%1 : &apos;inference&apos; doit être un objet</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="330"/>
        <source>%1: inference.length_scale must be a number from 0.1 to 10</source>
        <translation>%1 : inference.length_scale doit être un nombre de 0,1 à 10</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="338"/>
        <source>%1: language code %2 is not a language tag</source>
        <translation>%1 : le code de langue %2 n&apos;est pas une étiquette de langue</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="58"/>
        <source>Not stated — check where the voice came from</source>
        <translation>Non indiquée — vérifiez d&apos;où vient la voix</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="109"/>
        <source>The voice %1 is not installed.</source>
        <translation>La voix %1 n&apos;est pas installée.</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="113"/>
        <source>%1 is not a voice name</source>
        <translation>%1 n&apos;est pas un nom de voix</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="116"/>
        <source>voice settings</source>
        <translation>les réglages de la voix</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="117"/>
        <source>a model card</source>
        <translation>une fiche de modèle</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="189"/>
        <source>%1: not a voice folder name</source>
        <translation>%1 : n&apos;est pas un nom de dossier de voix</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="194"/>
        <source>voice settings (.onnx.json)</source>
        <translation>les réglages de la voix (.onnx.json)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="201"/>
        <source>voice details</source>
        <translation>les détails de la voix</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="239"/>
        <source>voice choices</source>
        <translation>les choix de voix</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="331"/>
        <source>%1: please choose the voice&apos;s .onnx file</source>
        <translation>%1 : choisissez le fichier .onnx de la voix</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="335"/>
        <source>%1: the name may hold only letters, digits, _ . and - (rename the .onnx and .onnx.json files, keeping them alike)</source>
        <translation>%1 : le nom ne peut contenir que des lettres, des chiffres, _ . et - (renommez les fichiers .onnx et .onnx.json de la même façon)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="340"/>
        <source>the voice&apos;s settings (.onnx.json, next to the .onnx)</source>
        <translation>les réglages de la voix (.onnx.json, à côté du .onnx)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="367"/>
        <source>%1: the voice could not be read back after copying</source>
        <translation>%1 : la voix n&apos;a pas pu être relue après la copie</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="424"/>
        <source>There is not enough free space for %1: it needs %2 MB and %3 MB are free in %4.</source>
        <translation>Il n&apos;y a pas assez d&apos;espace libre pour %1 : elle a besoin de %2 Mo et %3 Mo sont libres dans %4.</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="452"/>
        <source>The downloaded voice is not usable: %1</source>
        <translation>La voix téléchargée n&apos;est pas utilisable : %1</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="474"/>
        <source>%1: could not be read back after installing</source>
        <translation>%1 : n&apos;a pas pu être relue après l&apos;installation</translation>
    </message>
</context>
<context>
    <name>VoiceManager</name>
    <message>
        <location filename="../app/voice_manager.py" line="68"/>
        <source>Voice</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="69"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="70"/>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="71"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="72"/>
        <source>Speaks</source>
        <translation>Parle</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="83"/>
        <location filename="../app/voice_manager.py" line="84"/>
        <source>Natural voices</source>
        <translation>Voix naturelles</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="87"/>
        <source>Natural voices (Piper) speak the guidance on this computer, without the internet. Each voice was made from someone&apos;s recordings and has its own licence, shown here.</source>
        <translation>Les voix naturelles (Piper) lisent les consignes sur cet ordinateur, sans Internet. Chaque voix a été créée à partir des enregistrements d&apos;une personne et a sa propre licence, affichée ici.</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="95"/>
        <source>Installed voices</source>
        <translation>Voix installées</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="106"/>
        <source>Voice manager status</source>
        <translation>État du gestionnaire de voix</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="108"/>
        <source>Add a voice…</source>
        <translation>Ajouter une voix…</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="110"/>
        <source>Import a Piper voice (.onnx with its .onnx.json) from a folder</source>
        <translation>Importer une voix Piper (.onnx avec son .onnx.json) depuis un dossier</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="112"/>
        <source>Download…</source>
        <translation>Télécharger…</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="113"/>
        <source>Choose a voice from Piper&apos;s voices catalogue</source>
        <translation>Choisir une voix dans le catalogue de voix de Piper</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="115"/>
        <location filename="../app/voice_manager.py" line="188"/>
        <source>Use for its language</source>
        <translation>Utiliser pour sa langue</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="117"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="144"/>
        <source>Piper is not installed, so these voices stay silent and espeak-ng speaks instead. Install Anapana with its `voice` extra to hear them.</source>
        <translation>Piper n&apos;est pas installé : ces voix restent donc muettes et espeak-ng parle à leur place. Installez Anapana avec son extra `voice` pour les entendre.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/voice_manager.py" line="147"/>
        <source>%n voice folder(s) could not be used: %1</source>
        <translation>
            <numerusform>%n dossier de voix n&apos;a pas pu être utilisé : %1</numerusform>
            <numerusform>%n dossiers de voix n&apos;ont pas pu être utilisés : %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="159"/>
        <source>%1 (your choice)</source>
        <translation>%1 (votre choix)</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="160"/>
        <source>%1 (automatically)</source>
        <translation>%1 (automatiquement)</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="173"/>
        <source>No natural voice is installed yet: add one you have, or download one.</source>
        <translation>Aucune voix naturelle n&apos;est encore installée : ajoutez-en une que vous avez, ou téléchargez-en une.</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="190"/>
        <source>Choose automatically for %1</source>
        <translation>Choisir automatiquement pour %1</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="193"/>
        <source>Use for %1</source>
        <translation>Utiliser pour %1</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="198"/>
        <source>Add a Piper voice</source>
        <translation>Ajouter une voix Piper</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="198"/>
        <source>Piper voices (*.onnx)</source>
        <translation>Voix Piper (*.onnx)</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="219"/>
        <source>Adding %1…</source>
        <translation>Ajout de %1…</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="225"/>
        <source>%1 was added. Licence: %2</source>
        <translation>La voix %1 a été ajoutée. Licence : %2</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="232"/>
        <source>This voice could not be added. %1</source>
        <translation>Cette voix n&apos;a pas pu être ajoutée. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="255"/>
        <source>The choice could not be saved. %1</source>
        <translation>Le choix n&apos;a pas pu être enregistré. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="260"/>
        <source>Anapana will pick the best installed voice for %1.</source>
        <translation>Anapana choisira la meilleure voix installée pour %1.</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="261"/>
        <source>%1 will speak %2.</source>
        <translation>%1 est désormais la voix pour %2.</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="268"/>
        <source>Remove this voice?</source>
        <translation>Supprimer cette voix ?</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="269"/>
        <source>Remove %1 (%2)? You can add or download it again later.</source>
        <translation>Supprimer %1 (%2) ? Vous pourrez l&apos;ajouter ou la télécharger à nouveau plus tard.</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="275"/>
        <source>The voice could not be removed. %1</source>
        <translation>La voix n&apos;a pas pu être supprimée. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="278"/>
        <source>%1 was removed.</source>
        <translation>La voix %1 a été supprimée.</translation>
    </message>
</context>
<context>
    <name>WeeksChart</name>
    <message>
        <location filename="../app/history/charts.py" line="86"/>
        <source>Minutes per week</source>
        <translation>Minutes par semaine</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="113"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="115"/>
        <source>Minutes practised in a week</source>
        <translation>Minutes pratiquées dans la semaine</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../app/words.py" line="16"/>
        <source>Breathe in</source>
        <translation>Inspirez</translation>
    </message>
    <message>
        <location filename="../app/words.py" line="17"/>
        <location filename="../app/words.py" line="19"/>
        <source>Hold</source>
        <translation>Retenez</translation>
    </message>
    <message>
        <location filename="../app/words.py" line="18"/>
        <source>Breathe out</source>
        <translation>Expirez</translation>
    </message>
    <message>
        <location filename="../app/words.py" line="20"/>
        <source>Sit quietly</source>
        <translation>Restez en silence</translation>
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
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/words.py" line="77"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/words.py" line="81"/>
        <source>Thank you for taking this time.</source>
        <translation>Merci d&apos;avoir pris ce temps.</translation>
    </message>
    <message>
        <location filename="../app/words.py" line="85"/>
        <source>Every moment of practice counts.</source>
        <translation>Chaque instant de pratique compte.</translation>
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
