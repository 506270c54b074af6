<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../app/desktop/about.py" line="31"/>
        <source>Anapana is a practice aid, not therapy and not a medical device. If things feel heavy, or breathing exercises leave you dizzy or uneasy, stop and breathe normally; and please reach out to someone you trust, your doctor or a mental health professional. You deserve that support. If you might be in danger or are thinking of harming yourself, please call your local emergency number or a crisis line now.</source>
        <translation>O Anapana é um apoio à prática, não uma terapia nem um dispositivo médico. Se as coisas parecerem pesadas, ou se os exercícios de respiração causarem tontura ou desconforto, pare e respire normalmente; e procure alguém de confiança, seu médico ou um profissional de saúde mental. Você merece esse apoio. Se você achar que pode estar em perigo ou estiver pensando em se machucar, ligue agora para o número de emergência local ou para um serviço de apoio em crises.</translation>
    </message>
    <message>
        <location filename="../app/desktop/about.py" line="143"/>
        <source>About Anapana</source>
        <translation>Sobre o Anapana</translation>
    </message>
    <message>
        <location filename="../app/desktop/about.py" line="147"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location filename="../app/desktop/about.py" line="148"/>
        <source>Writing sessions</source>
        <translation>Escrever sessões</translation>
    </message>
</context>
<context>
    <name>BodyMap</name>
    <message>
        <location filename="../app/body_map.py" line="148"/>
        <source>feet</source>
        <translation>pés</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="148"/>
        <source>lower legs</source>
        <translation>canelas e panturrilhas</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="149"/>
        <source>knees</source>
        <translation>joelhos</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="149"/>
        <source>thighs</source>
        <translation>coxas</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="150"/>
        <source>hips and pelvis</source>
        <translation>quadris e pelve</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="150"/>
        <source>belly</source>
        <translation>barriga</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="151"/>
        <source>chest</source>
        <translation>peito</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="151"/>
        <source>back</source>
        <translation>costas</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="152"/>
        <source>hands</source>
        <translation>mãos</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="152"/>
        <source>arms</source>
        <translation>braços</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="153"/>
        <source>shoulders</source>
        <translation>ombros</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="153"/>
        <source>neck and throat</source>
        <translation>nuca e garganta</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="154"/>
        <source>face</source>
        <translation>rosto</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="154"/>
        <source>head</source>
        <translation>cabeça</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="155"/>
        <source>whole body</source>
        <translation>corpo inteiro</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="156"/>
        <source>foot</source>
        <translation>pé</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="156"/>
        <source>lower leg</source>
        <translation>canela e panturrilha</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="157"/>
        <source>knee</source>
        <translation>joelho</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="157"/>
        <source>thigh</source>
        <translation>coxa</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="158"/>
        <source>hip</source>
        <translation>quadril</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="158"/>
        <source>hand</source>
        <translation>mão</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="159"/>
        <source>arm</source>
        <translation>braço</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="159"/>
        <source>shoulder</source>
        <translation>ombro</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="160"/>
        <source>side of the body</source>
        <translation>metade do corpo</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="185"/>
        <source>Body map</source>
        <translation>Mapa do corpo</translation>
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
        <translation>%1 do lado esquerdo</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="261"/>
        <source>right %1</source>
        <translation>%1 do lado direito</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="265"/>
        <source>An outline of a body.</source>
        <translation>O contorno de um corpo.</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="267"/>
        <source>An outline of a body, all of it lit.</source>
        <translation>O contorno de um corpo, todo iluminado.</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="269"/>
        <source>An outline of a body with the %1 lit.</source>
        <translation>O contorno de um corpo, iluminado em: %1.</translation>
    </message>
    <message>
        <location filename="../app/body_map.py" line="272"/>
        <source>%1 Next: %2.</source>
        <comment>the body map&apos;s description, then the next areas</comment>
        <translation>%1 Em seguida: %2.</translation>
    </message>
</context>
<context>
    <name>BreathCurve</name>
    <message>
        <location filename="../app/breath_curve.py" line="68"/>
        <source>Breath curve</source>
        <translation>Curva da respiração</translation>
    </message>
    <message>
        <location filename="../app/breath_curve.py" line="69"/>
        <source>The breath over the last few seconds and the next twenty.</source>
        <translation>A respiração nos últimos segundos e nos próximos vinte.</translation>
    </message>
</context>
<context>
    <name>CaptionView</name>
    <message>
        <location filename="../app/caption.py" line="34"/>
        <source>Caption</source>
        <translation>Legenda</translation>
    </message>
</context>
<context>
    <name>CheckInForm</name>
    <message>
        <location filename="../app/checkin.py" line="37"/>
        <source>How are you arriving?</source>
        <translation>Como você está chegando?</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="38"/>
        <source>How do you feel now?</source>
        <translation>Como você se sente agora?</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="48"/>
        <source>Thank you for noticing how you are. You don&apos;t have to carry it alone: &lt;a href=&quot;care&quot;&gt;where to find support&lt;/a&gt;.</source>
        <translation>Que bom que você parou para perceber como está. Você não precisa carregar isso sem apoio: &lt;a href=&quot;care&quot;&gt;onde encontrar apoio&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="64"/>
        <source>Where to find support</source>
        <translation>Onde encontrar apoio</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="129"/>
        <source>Pick what fits, if anything. Nothing here is right or wrong.</source>
        <translation>Escolha o que fizer sentido, se algo fizer. Aqui não existe certo nem errado.</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="139"/>
        <source>%1 (key %2)</source>
        <translation>%1 (tecla %2)</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="143"/>
        <source>Mood %1 of 5, key %1. %2</source>
        <translation>Humor %1 de 5, tecla %1. %2</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="150"/>
        <source>Any feelings here? (optional)</source>
        <translation>Algum sentimento presente? (opcional)</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="157"/>
        <source>A feeling, optional</source>
        <translation>Um sentimento, opcional</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="165"/>
        <source>Skip (Esc)</source>
        <translation>Pular (Esc)</translation>
    </message>
    <message>
        <location filename="../app/checkin.py" line="166"/>
        <source>Save (Enter)</source>
        <translation>Salvar (Enter)</translation>
    </message>
</context>
<context>
    <name>CompletionView</name>
    <message>
        <location filename="../app/completion.py" line="55"/>
        <source>Back to the library</source>
        <translation>Voltar à biblioteca</translation>
    </message>
    <message>
        <location filename="../app/completion.py" line="81"/>
        <source>You practised for %1.</source>
        <translation>Você praticou por %1.</translation>
    </message>
</context>
<context>
    <name>DesktopIntegration</name>
    <message>
        <location filename="../app/desktop/integration.py" line="165"/>
        <source>Still here in the tray, whenever you&apos;d like it.</source>
        <translation>Ainda aqui na bandeja do sistema, quando você quiser.</translation>
    </message>
</context>
<context>
    <name>DownloadDialog</name>
    <message>
        <location filename="../app/voice_download_dialog.py" line="67"/>
        <location filename="../app/voice_download_dialog.py" line="68"/>
        <source>Download a voice</source>
        <translation>Baixar uma voz</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="78"/>
        <source>Catalogue address</source>
        <translation>Endereço do catálogo</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="79"/>
        <source>Load the list</source>
        <translation>Carregar a lista</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="82"/>
        <location filename="../app/voice_download_dialog.py" line="120"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="85"/>
        <source>Voices in the catalogue</source>
        <translation>Vozes no catálogo</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="92"/>
        <source>The voice&apos;s model card, with its licence</source>
        <translation>A ficha do modelo da voz, com a licença</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="94"/>
        <source>Choose a voice to read where it comes from and its licence.</source>
        <translation>Escolha uma voz para ver de onde ela vem e qual é a licença.</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="96"/>
        <source>I have read this voice&apos;s licence and accept it</source>
        <translation>Li a licença desta voz e a aceito</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="97"/>
        <source>Accept the voice&apos;s licence</source>
        <translation>Aceitar a licença da voz</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="100"/>
        <source>Download progress</source>
        <translation>Progresso do download</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="105"/>
        <source>Download status</source>
        <translation>Status do download</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="107"/>
        <source>Download</source>
        <translation>Baixar</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="109"/>
        <source>Cancel download</source>
        <translation>Cancelar o download</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="119"/>
        <source>Catalogue</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="144"/>
        <source>The catalogue address is not usable: %1</source>
        <translation>O endereço do catálogo não pode ser usado: %1</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="147"/>
        <source>Fetching the list of voices…</source>
        <translation>Buscando a lista de vozes…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/voice_download_dialog.py" line="161"/>
        <source>%n voice(s) in the catalogue.</source>
        <translation>
            <numerusform>%n voz no catálogo.</numerusform>
            <numerusform>%n vozes no catálogo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="162"/>
        <source>%1 (%2 left out: their entries were malformed).</source>
        <comment>the number of voices, then how many were left out</comment>
        <translation>%1 (%2 deixadas de fora: as entradas delas estavam malformadas).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/voice_download_dialog.py" line="164"/>
        <source>%n voice(s) in the catalogue</source>
        <translation>
            <numerusform>%n voz no catálogo</numerusform>
            <numerusform>%n vozes no catálogo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="178"/>
        <source>The list of voices could not be fetched. %1</source>
        <translation>Não foi possível buscar a lista de vozes. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="188"/>
        <source>%1 — %2, %3 quality, %4</source>
        <comment>voice name, language, quality (low, medium, high), size</comment>
        <translation>%1 — %2, qualidade %3, %4</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="193"/>
        <source>%1 (installed)</source>
        <translation>%1 (instalada)</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="213"/>
        <source>The catalogue gives no model card for this voice, so its licence is not known. Please check it before you use the voice.</source>
        <translation>O catálogo não traz uma ficha do modelo para esta voz, então a licença dela é desconhecida. Confira a licença antes de usar a voz.</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="217"/>
        <source>Reading this voice&apos;s licence…</source>
        <translation>Lendo a licença desta voz…</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="240"/>
        <source>The licence could not be read. %1</source>
        <translation>Não foi possível ler a licença. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="245"/>
        <source>Licence: %1</source>
        <translation>Licença: %1</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="246"/>
        <source>The model card names no licence: please read it below.</source>
        <translation>A ficha do modelo não informa uma licença: leia-a abaixo.</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="283"/>
        <source>Downloading %1…</source>
        <translation>Baixando %1…</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="290"/>
        <source>Downloading %1… %2 of %3</source>
        <translation>Baixando %1… %2 de %3</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="302"/>
        <source>%1 is installed and ready to speak.</source>
        <translation>%1 está instalada e pronta para falar.</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="308"/>
        <source>The voice was not installed. %1</source>
        <translation>A voz não foi instalada. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="313"/>
        <source>Download cancelled. It continues where it stopped next time.</source>
        <translation>Download cancelado. Da próxima vez, ele continua de onde parou.</translation>
    </message>
    <message>
        <location filename="../app/voice_download_dialog.py" line="318"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <location filename="../app/library_view.py" line="142"/>
        <source>This file has a problem:</source>
        <translation>Este arquivo tem um problema:</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="143"/>
        <source>it could not be read</source>
        <translation>não foi possível lê-lo</translation>
    </message>
</context>
<context>
    <name>HeartChart</name>
    <message>
        <location filename="../app/history/charts.py" line="156"/>
        <source>Heart rate and RMSSD by week</source>
        <translation>Frequência cardíaca e RMSSD por semana</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="175"/>
        <source>Heart rate (beats a minute)</source>
        <translation>Frequência cardíaca (batimentos por minuto)</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="176"/>
        <source>RMSSD (ms, dashed)</source>
        <translation>RMSSD (ms, linha tracejada)</translation>
    </message>
</context>
<context>
    <name>HeartLive</name>
    <message>
        <location filename="../app/heart_live.py" line="271"/>
        <source>The heart recording could not be kept: the practice log isn&apos;t open.</source>
        <translation>Não foi possível guardar o registro do coração: o registro de práticas não está aberto.</translation>
    </message>
</context>
<context>
    <name>HeartPanel</name>
    <message>
        <location filename="../app/heart_panel.py" line="31"/>
        <source>Looking for your heart-rate strap…</source>
        <translation>Procurando sua cinta cardíaca…</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="33"/>
        <source>The strap can&apos;t feel your skin; a little moisture on it helps.</source>
        <translation>A cinta não está sentindo sua pele; umedecer um pouco os eletrodos ajuda.</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="35"/>
        <source>Heart signal lost for now; it will come back by itself.</source>
        <translation>Sinal do coração perdido por enquanto; ele volta sozinho.</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="178"/>
        <source>Heart rate</source>
        <translation>Frequência cardíaca</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="181"/>
        <source>Heart-rate swing of the last breath</source>
        <translation>Variação da frequência cardíaca na última respiração</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="186"/>
        <source>Heart rate now</source>
        <translation>Frequência cardíaca agora</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="190"/>
        <source>Heart signal</source>
        <translation>Sinal do coração</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="236"/>
        <source>%1 beats a minute</source>
        <translation>%1 batimentos por minuto</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="248"/>
        <source>strap battery %1 %</source>
        <translation>bateria da cinta %1%</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="264"/>
        <source>last breath&apos;s swing %1</source>
        <translation>variação na última respiração: %1</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="267"/>
        <source>How far your heart rate rose and fell over the last breath, in beats a minute</source>
        <translation>Quanto sua frequência cardíaca subiu e desceu na última respiração, em batimentos por minuto</translation>
    </message>
</context>
<context>
    <name>HeartRateSettingsPanel</name>
    <message>
        <location filename="../app/heart_settings.py" line="32"/>
        <source>Heart-rate features (a live trace under the breath curve, and a measured resonance pace) need the optional Bluetooth and analysis packages. To enable them, install Anapana with its hr extra: pip install &apos;anapana[hr]&apos;</source>
        <translation>Os recursos de frequência cardíaca (um traçado ao vivo sob a curva da respiração e um ritmo de ressonância medido) precisam dos pacotes opcionais de Bluetooth e análise. Para ativá-los, instale o Anapana com o extra hr: pip install &apos;anapana[hr]&apos;</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="61"/>
        <location filename="../app/heart_settings.py" line="63"/>
        <source>Heart rate</source>
        <translation>Frequência cardíaca</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="71"/>
        <source>How to enable heart-rate features</source>
        <translation>Como ativar os recursos de frequência cardíaca</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="76"/>
        <location filename="../app/heart_settings.py" line="77"/>
        <source>Show my heart rate during sessions</source>
        <translation>Mostrar minha frequência cardíaca durante as sessões</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="81"/>
        <source>Chosen strap</source>
        <translation>Cinta escolhida</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="84"/>
        <source>Straps found nearby</source>
        <translation>Cintas encontradas por perto</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="85"/>
        <source>Find straps</source>
        <translation>Procurar cintas</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="86"/>
        <source>Find heart-rate straps nearby</source>
        <translation>Procurar cintas cardíacas por perto</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="88"/>
        <source>Use this strap</source>
        <translation>Usar esta cinta</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="90"/>
        <source>Forget</source>
        <translation>Esquecer</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="91"/>
        <source>Forget the chosen strap</source>
        <translation>Esquecer a cinta escolhida</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="124"/>
        <source>Strap: %1 (%2)</source>
        <translation>Cinta: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="124"/>
        <source>heart-rate strap</source>
        <translation>cinta cardíaca</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="127"/>
        <source>No strap chosen yet. Put it on (most straps wake with skin contact), then Find straps.</source>
        <translation>Nenhuma cinta escolhida ainda. Coloque a cinta (a maioria liga com o contato com a pele) e depois clique em Procurar cintas.</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="138"/>
        <source>Looking for heart-rate straps nearby…</source>
        <translation>Procurando cintas cardíacas por perto…</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="147"/>
        <source>Bluetooth didn&apos;t answer (%1).</source>
        <translation>O Bluetooth não respondeu (%1).</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="150"/>
        <source>Bluetooth didn&apos;t answer.</source>
        <translation>O Bluetooth não respondeu.</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="164"/>
        <source>Heart-rate strap</source>
        <translation>Cinta cardíaca</translation>
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
        <translation>%1 O Bluetooth está ligado?</translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="173"/>
        <source>No strap answered. Wet the electrodes, put it on, and try again.</source>
        <translation>Nenhuma cinta respondeu. Umedeça os eletrodos, coloque a cinta e tente de novo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/heart_settings.py" line="175"/>
        <source>Found %n. Choose yours and press Use this strap.</source>
        <translation>
            <numerusform>%n encontrada. Escolha a sua e clique em Usar esta cinta.</numerusform>
            <numerusform>%n encontradas. Escolha a sua e clique em Usar esta cinta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/heart_settings.py" line="184"/>
        <source>%1 will be used in your sessions.</source>
        <translation>%1 será usada nas suas sessões.</translation>
    </message>
</context>
<context>
    <name>HeartTrace</name>
    <message>
        <location filename="../app/heart_panel.py" line="69"/>
        <source>Heart-rate trace</source>
        <translation>Traçado da frequência cardíaca</translation>
    </message>
    <message>
        <location filename="../app/heart_panel.py" line="70"/>
        <source>Your heart rate over the last breaths.</source>
        <translation>Sua frequência cardíaca nas últimas respirações.</translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <location filename="../app/history/heatmap.py" line="24"/>
        <source>Days practised over the past year</source>
        <translation>Dias de prática no último ano</translation>
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
        <translation>Exportar seu registro de práticas</translation>
    </message>
    <message>
        <location filename="../app/history/dialogs.py" line="32"/>
        <source>JSON (*.json);;CSV for spreadsheets (*.csv)</source>
        <translation>JSON (*.json);;CSV para planilhas (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/history/dialogs.py" line="41"/>
        <source>Import a practice log export</source>
        <translation>Importar uma exportação do registro de práticas</translation>
    </message>
    <message>
        <location filename="../app/history/dialogs.py" line="43"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../app/history/dialogs.py" line="50"/>
        <source>Delete all your data?</source>
        <translation>Apagar todos os seus dados?</translation>
    </message>
    <message>
        <location filename="../app/history/dialogs.py" line="51"/>
        <source>This deletes every practice, check-in and journal note, and the log&apos;s backup copies. It can&apos;t be undone. You may want to export first.</source>
        <translation>Isso apaga todas as práticas, todos os registros de humor e todas as notas de diário, além das cópias de segurança do registro de práticas. Não é possível desfazer. Talvez você queira exportar antes.</translation>
    </message>
</context>
<context>
    <name>HistoryFiles</name>
    <message>
        <location filename="../app/history/files.py" line="48"/>
        <source>%1 is a link to another file; please choose another name.</source>
        <translation>%1 é um link para outro arquivo; escolha outro nome.</translation>
    </message>
    <message>
        <location filename="../app/history/files.py" line="52"/>
        <source>The export could not be written: %1.</source>
        <translation>Não foi possível gravar a exportação: %1.</translation>
    </message>
    <message>
        <location filename="../app/history/files.py" line="56"/>
        <source>Part of the log could not be read for the export (%1).</source>
        <translation>Não foi possível ler parte do registro para a exportação (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/history/files.py" line="59"/>
        <source>%Ln practice(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln prática exportada para %1.</numerusform>
            <numerusform>%Ln práticas exportadas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/history/files.py" line="71"/>
        <source>%1 could not be imported: %2</source>
        <translation>Não foi possível importar %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/history/files.py" line="90"/>
        <source>Deleted %Ln practice(s) and every note.</source>
        <translation>
            <numerusform>%Ln prática apagada, com todas as notas.</numerusform>
            <numerusform>%Ln práticas apagadas, com todas as notas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../app/history/page.py" line="21"/>
        <source>Back to the library</source>
        <translation>Voltar à biblioteca</translation>
    </message>
    <message>
        <location filename="../app/history/page.py" line="22"/>
        <source>Back to the library (Esc)</source>
        <translation>Voltar à biblioteca (Esc)</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <location filename="../log/history_text.py" line="58"/>
        <source>No practices yet. Your history will grow here, one session at a time.</source>
        <translation>Ainda não há práticas. Seu histórico vai crescer aqui, uma sessão de cada vez.</translation>
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
            <numerusform>%Ln sessão</numerusform>
            <numerusform>%Ln sessões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="68"/>
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minuto</numerusform>
            <numerusform>%Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="69"/>
        <source>%Ln day(s) practised</source>
        <translation>
            <numerusform>%Ln dia de prática</numerusform>
            <numerusform>%Ln dias de prática</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="74"/>
        <source>Days practised this month: %n</source>
        <translation>
            <numerusform>Dias de prática neste mês: %n</numerusform>
            <numerusform>Dias de prática neste mês: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="83"/>
        <source>How your mood moves will show here once you have checked in before and after a few sessions.</source>
        <translation>Aqui você vai ver como seu humor muda, depois de fazer o registro de humor antes e depois de algumas sessões.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="88"/>
        <source>Mood before → after: %1 (%2) → %3 (%4), %5 on average across %n session(s).</source>
        <translation>
            <numerusform>Humor antes → depois: %1 (%2) → %3 (%4), %5 em média em %n sessão.</numerusform>
            <numerusform>Humor antes → depois: %1 (%2) → %3 (%4), %5 em média em %n sessões.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="101"/>
        <source>The last 30 days: %1 (the 30 days before: %2).</source>
        <translation>Últimos 30 dias: %1 (nos 30 dias anteriores: %2).</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="106"/>
        <source>The last 30 days: %1.</source>
        <translation>Últimos 30 dias: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="114"/>
        <source>%1 on average, %n session(s)</source>
        <translation>
            <numerusform>%1 em média, %n sessão</numerusform>
            <numerusform>%1 em média, %n sessões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="116"/>
        <source>%1 from %n session(s), too few to say much yet</source>
        <translation>
            <numerusform>%1 de %n sessão, ainda pouco para dizer muito</numerusform>
            <numerusform>%1 de %n sessões, ainda poucas para dizer muito</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="123"/>
        <source>Once you check in before and after your sessions, this shows how your mood tends to change with each practice.</source>
        <translation>Quando você fizer o registro de humor antes e depois das sessões, aqui vai aparecer como seu humor costuma mudar com cada prática.</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="127"/>
        <source>The average change in mood from before to after each practice, on the scale from heavy to bright.</source>
        <translation>A mudança média do humor de antes para depois de cada prática, na escala de pesado a radiante.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/history_text.py" line="132"/>
        <source>This week so far: %Ln minute(s)</source>
        <translation>
            <numerusform>Nesta semana até agora: %Ln minuto</numerusform>
            <numerusform>Nesta semana até agora: %Ln minutos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="136"/>
        <source>damaged</source>
        <translation>danificada</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="138"/>
        <source>completed</source>
        <translation>concluída</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="139"/>
        <source>ended early</source>
        <translation>encerrada antes</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="140"/>
        <source>interrupted</source>
        <translation>interrompida</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="141"/>
        <source>in progress</source>
        <translation>em andamento</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="144"/>
        <source>%1 · imported copy</source>
        <translation>%1 · cópia importada</translation>
    </message>
    <message>
        <location filename="../log/history_text.py" line="154"/>
        <source>Damaged in the log: %1</source>
        <translation>Danos no registro: %1</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../app/history/view.py" line="100"/>
        <source>Show days practised this month</source>
        <translation>Mostrar os dias de prática deste mês</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="108"/>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="119"/>
        <source>The past year</source>
        <translation>Último ano</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="123"/>
        <source>Minutes per week</source>
        <translation>Minutos por semana</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="135"/>
        <source>Mood</source>
        <translation>Humor</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="155"/>
        <source>Mood by practice</source>
        <translation>Humor por prática</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="161"/>
        <source>Heart rate and RMSSD, the mean of each week&apos;s practices with a heart signal</source>
        <translation>Frequência cardíaca e RMSSD: a média das práticas de cada semana com sinal do coração</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="171"/>
        <source>Heart rate</source>
        <translation>Frequência cardíaca</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="175"/>
        <source>Search sessions, notes and feelings</source>
        <translation>Buscar sessões, notas e sentimentos</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="177"/>
        <source>Search your practices</source>
        <translation>Buscar nas suas práticas</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="192"/>
        <source>Practices</source>
        <translation>Práticas</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="194"/>
        <source>Newest first. Arrow keys choose a practice; Tab goes on to its note.</source>
        <translation>As mais recentes primeiro. As setas escolhem uma prática; Tab passa para a nota dela.</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="199"/>
        <source>Save note</source>
        <translation>Salvar nota</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="201"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="202"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="203"/>
        <source>Delete all my data…</source>
        <translation>Apagar todos os meus dados…</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="248"/>
        <source>Choose a practice to read or edit its note.</source>
        <translation>Escolha uma prática para ler ou editar a nota dela.</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="301"/>
        <location filename="../app/history/view.py" line="330"/>
        <source>Part of your practice log could not be read just now (%1).</source>
        <translation>Não foi possível ler parte do seu registro de práticas agora (%1).</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="342"/>
        <source>No practice</source>
        <translation>Nenhuma prática</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="342"/>
        <source>Under 10 minutes</source>
        <translation>Menos de 10 minutos</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="342"/>
        <source>10–19 minutes</source>
        <translation>10–19 minutos</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="343"/>
        <source>20–39 minutes</source>
        <translation>20–39 minutos</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="343"/>
        <source>40 minutes or more</source>
        <translation>40 minutos ou mais</translation>
    </message>
    <message>
        <location filename="../app/history/view.py" line="375"/>
        <source>unknown date</source>
        <translation>data desconhecida</translation>
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
        <translation>%1 Sua nota continua no editor.</translation>
    </message>
</context>
<context>
    <name>JournalEditor</name>
    <message>
        <location filename="../app/journal.py" line="31"/>
        <source>Anything you&apos;d like to remember from this practice?</source>
        <translation>Há algo desta prática que você gostaria de lembrar?</translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="66"/>
        <source>Write as much or as little as you like. This stays on your computer.</source>
        <translation>Escreva o quanto quiser, muito ou pouco. Isso fica no seu computador.</translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="74"/>
        <source>Done</source>
        <translation>Concluir</translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="75"/>
        <source>Save and close the note (Ctrl+Enter)</source>
        <translation>Salvar e fechar a nota (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="125"/>
        <source>%1 Your words are kept here.</source>
        <translation>%1 Suas palavras ficam guardadas aqui.</translation>
    </message>
    <message>
        <location filename="../app/journal.py" line="133"/>
        <source>Saved</source>
        <translation>Salvo</translation>
    </message>
</context>
<context>
    <name>LibraryGroups</name>
    <message>
        <location filename="../app/shown_words.py" line="42"/>
        <source>Breathing</source>
        <translation>Respiração</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="43"/>
        <source>Body scans</source>
        <translation>Escaneamentos corporais</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="44"/>
        <source>Meditation</source>
        <translation>Meditação</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="45"/>
        <source>Compassion and emotions</source>
        <translation>Compaixão e emoções</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="46"/>
        <source>Sits</source>
        <translation>Sentar em silêncio</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="47"/>
        <source>Your sessions</source>
        <translation>Suas sessões</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../app/library_model.py" line="48"/>
        <source>%1 + open</source>
        <comment>a length, then: it waits for you somewhere</comment>
        <translation>%1 + no seu tempo</translation>
    </message>
    <message>
        <location filename="../app/library_model.py" line="92"/>
        <source>has a problem</source>
        <translation>tem um problema</translation>
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
        <translation>Escolha uma prática</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="217"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="218"/>
        <source>Your practice history and notes</source>
        <translation>O histórico das suas práticas e suas notas</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="220"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="233"/>
        <location filename="../app/library_view.py" line="234"/>
        <source>Search sessions</source>
        <translation>Buscar sessões</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="239"/>
        <source>&amp;Tag</source>
        <translation>&amp;Etiqueta</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="242"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="243"/>
        <location filename="../app/library_view.py" line="415"/>
        <source>All tags</source>
        <translation>Todas as etiquetas</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="255"/>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="268"/>
        <source>New session</source>
        <translation>Nova sessão</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="269"/>
        <source>Make your own session from a template and open it in your text editor</source>
        <translation>Criar sua própria sessão a partir de um modelo e abri-la no seu editor de texto</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="272"/>
        <source>Open sessions folder</source>
        <translation>Abrir a pasta de sessões</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="294"/>
        <source>Length and tags</source>
        <translation>Duração e etiquetas</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="298"/>
        <location filename="../app/library_view.py" line="314"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="308"/>
        <source>Problems in this file</source>
        <translation>Problemas neste arquivo</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="332"/>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="334"/>
        <source>Start the session (Enter in the list)</source>
        <translation>Começar a sessão (Enter na lista)</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="337"/>
        <source>Edit file</source>
        <translation>Editar o arquivo</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="339"/>
        <source>Open the session file in your text editor</source>
        <translation>Abrir o arquivo da sessão no seu editor de texto</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="468"/>
        <source>No session matches. Try another word or tag.</source>
        <translation>Nenhuma sessão corresponde. Tente outra palavra ou etiqueta.</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="475"/>
        <source>No session selected</source>
        <translation>Nenhuma sessão selecionada</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="490"/>
        <source>This file can&apos;t be used yet:

%1

Fix it in your editor and save: the library updates by itself.</source>
        <translation>Este arquivo ainda não pode ser usado:

%1

Corrija-o no seu editor e salve: a biblioteca se atualiza sozinha.</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="503"/>
        <source>your session</source>
        <translation>sua sessão</translation>
    </message>
    <message>
        <location filename="../app/library_view.py" line="503"/>
        <source>bundled</source>
        <translation>incluída</translation>
    </message>
</context>
<context>
    <name>LogNotices</name>
    <message>
        <location filename="../log/notices.py" line="43"/>
        <source>The disk is full, so the practice log can&apos;t be saved just now.</source>
        <translation>O disco está cheio, então o registro de práticas não pode ser salvo agora.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="45"/>
        <source>The practice log is read-only, so it can&apos;t be saved just now.</source>
        <translation>O registro de práticas é somente leitura, então não pode ser salvo agora.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="47"/>
        <source>Another Anapana window is writing to the log; saving again shortly.</source>
        <translation>Outra janela do Anapana está gravando no registro; vamos salvar de novo em instantes.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="49"/>
        <source>The practice log can&apos;t be saved just now (%1).</source>
        <translation>O registro de práticas não pode ser salvo agora (%1).</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="50"/>
        <source>The practice log isn&apos;t open.</source>
        <translation>O registro de práticas não está aberto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="100"/>
        <source>%Ln practice(s) ended unexpectedly; the time practised was kept and marked as interrupted.</source>
        <translation>
            <numerusform>%Ln prática terminou inesperadamente; o tempo praticado foi mantido e marcado como interrompido.</numerusform>
            <numerusform>%Ln práticas terminaram inesperadamente; o tempo praticado foi mantido e marcado como interrompido.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="104"/>
        <source>Your practice log was updated to a newer format; the old file is kept as %1.</source>
        <translation>Seu registro de práticas foi atualizado para um formato mais novo; o arquivo antigo foi guardado como %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="109"/>
        <source>Your practice log could not be read, so it was kept aside as %1 and a fresh log was started; %Ln practice(s) could be rescued from it. Nothing was deleted.</source>
        <translation>
            <numerusform>Não foi possível ler seu registro de práticas, então ele foi guardado à parte como %1 e um registro novo foi iniciado; %Ln prática pôde ser recuperada dele. Nada foi apagado.</numerusform>
            <numerusform>Não foi possível ler seu registro de práticas, então ele foi guardado à parte como %1 e um registro novo foi iniciado; %Ln práticas puderam ser recuperadas dele. Nada foi apagado.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="112"/>
        <source>Your practice log could not be read, so it was kept aside as %1 and a fresh log was started. Nothing was deleted.</source>
        <translation>Não foi possível ler seu registro de práticas, então ele foi guardado à parte como %1 e um registro novo foi iniciado. Nada foi apagado.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="117"/>
        <source>The disk is full, so your practice log is open for reading only: your history is shown, and new practices and notes are kept safe until they can be written.</source>
        <translation>O disco está cheio, então seu registro de práticas está aberto somente para leitura: seu histórico aparece, e as práticas e notas novas ficam guardadas em segurança até poderem ser gravadas.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="120"/>
        <source>The practice log can&apos;t be written just now, so it is open for reading only: your history is shown, and new practices and notes are kept safe until they can be written.</source>
        <translation>O registro de práticas não pode ser gravado agora, então está aberto somente para leitura: seu histórico aparece, e as práticas e notas novas ficam guardadas em segurança até poderem ser gravadas.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="125"/>
        <source>Part of your practice log&apos;s journal (%1) looks damaged (%2). A copy of the log and its journal was kept as %3 before opening it, and everything that could be read was kept. Nothing was deleted.</source>
        <translation>Parte do arquivo de transações do seu registro de práticas (%1) parece danificada (%2). Antes de abri-lo, uma cópia do registro e do arquivo de transações foi guardada como %3, e tudo o que pôde ser lido foi mantido. Nada foi apagado.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="131"/>
        <source>Part of your practice log&apos;s journal (%1) looks damaged (%2), and there is no room to keep a copy of it (%3). The log is open for reading only, so nothing in it is lost; new practices are kept safe meanwhile.</source>
        <translation>Parte do arquivo de transações do seu registro de práticas (%1) parece danificada (%2), e não há espaço para guardar uma cópia dele (%3). O registro está aberto somente para leitura, então nada nele se perde; enquanto isso, as práticas novas ficam guardadas em segurança.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="140"/>
        <source>Recovered %1 and %2 that could not be saved last time.</source>
        <comment>%1 is “%Ln practice(s)”, %2 is “%Ln journal note(s)”</comment>
        <translation>Recuperamos %1 e %2 que não puderam ser salvas da última vez.</translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="142"/>
        <source>%Ln practice(s)</source>
        <comment>recovered</comment>
        <translation>
            <numerusform>%Ln prática</numerusform>
            <numerusform>%Ln práticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="143"/>
        <source>%Ln journal note(s)</source>
        <comment>recovered</comment>
        <translation>
            <numerusform>%Ln nota de diário</numerusform>
            <numerusform>%Ln notas de diário</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="145"/>
        <source>Recovered %Ln practice(s) that could not be saved last time.</source>
        <translation>
            <numerusform>Recuperamos %Ln prática que não pôde ser salva da última vez.</numerusform>
            <numerusform>Recuperamos %Ln práticas que não puderam ser salvas da última vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="148"/>
        <source>Recovered %Ln journal note(s) that could not be saved last time.</source>
        <translation>
            <numerusform>Recuperamos %Ln nota de diário que não pôde ser salva da última vez.</numerusform>
            <numerusform>Recuperamos %Ln notas de diário que não puderam ser salvas da última vez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../log/notices.py" line="151"/>
        <source>Recovered the latest details of %Ln practice(s) that could not be saved last time.</source>
        <translation>
            <numerusform>Recuperamos os dados mais recentes de %Ln prática, que não puderam ser salvos da última vez.</numerusform>
            <numerusform>Recuperamos os dados mais recentes de %Ln práticas, que não puderam ser salvos da última vez.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="156"/>
        <source>Some practices kept aside last time could not be read back; the file is left as it is at %1. Nothing was deleted.</source>
        <translation>Algumas práticas guardadas à parte da última vez não puderam ser lidas de volta; o arquivo continua como está em %1. Nada foi apagado.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="160"/>
        <source>Some practices kept aside last time can&apos;t be added to the log just now; they are kept safe and will be added next time.</source>
        <translation>Algumas práticas guardadas à parte da última vez não podem ser adicionadas ao registro agora; elas estão em segurança e serão adicionadas da próxima vez.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="165"/>
        <source>The folder for the practice log can&apos;t be made: %1</source>
        <translation>Não é possível criar a pasta do registro de práticas: %1</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="168"/>
        <source>The practice log %1 was written by a newer Anapana (%2); please update Anapana to keep using it. It has not been changed, and nothing new is written to it.</source>
        <translation>O registro de práticas %1 foi gravado por uma versão mais nova do Anapana (%2); atualize o Anapana para continuar usando. Ele não foi alterado, e nada novo é gravado nele.</translation>
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
        <translation>ele tem tabelas que esta versão não conhece: %1</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="181"/>
        <source>The practice log can&apos;t be opened: %1</source>
        <translation>Não é possível abrir o registro de práticas: %1</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="184"/>
        <source>The practice log can&apos;t be opened, even to read it: %1</source>
        <translation>Não é possível abrir o registro de práticas, nem mesmo para leitura: %1</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="187"/>
        <source>The practice log %1 needs updating to this Anapana&apos;s format, and it can&apos;t be written just now (the disk is full or read-only). It has not been changed.</source>
        <translation>O registro de práticas %1 precisa ser atualizado para o formato desta versão do Anapana, e não pode ser gravado agora (o disco está cheio ou é somente leitura). Ele não foi alterado.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="192"/>
        <source>The practice log %1 can&apos;t be updated to this version&apos;s format (%2); it has not been changed.</source>
        <translation>O registro de práticas %1 não pode ser atualizado para o formato desta versão (%2); ele não foi alterado.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="196"/>
        <source>The practice log can&apos;t be updated: %1</source>
        <translation>Não é possível atualizar o registro de práticas: %1</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="199"/>
        <source>The practice log %1 could not be read, and it can&apos;t be kept aside just now (%2); it has not been changed.</source>
        <translation>Não foi possível ler o registro de práticas %1, e ele não pode ser guardado à parte agora (%2); ele não foi alterado.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="203"/>
        <source>The practice log could not be read, so it was kept aside as %1; a fresh log can&apos;t be started just now (%2).</source>
        <translation>Não foi possível ler o registro de práticas, então ele foi guardado à parte como %1; um registro novo não pode ser iniciado agora (%2).</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="207"/>
        <source>%1 is a link; Anapana doesn&apos;t write to the practice log through links. Remove the link to go on.</source>
        <translation>%1 é um link; o Anapana não grava no registro de práticas por meio de links. Remova o link para continuar.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="211"/>
        <source>The practice log %1 is a link that can&apos;t be followed.</source>
        <translation>O registro de práticas %1 é um link que não pode ser seguido.</translation>
    </message>
    <message>
        <location filename="../log/notices.py" line="214"/>
        <source>The practice log %1 is a link to %2, outside the data folder %3. Anapana only keeps your log inside its own folder, so it neither reads nor changes that file; move it into the folder (or remove the link).</source>
        <translation>O registro de práticas %1 é um link para %2, fora da pasta de dados %3. O Anapana só guarda seu registro dentro da própria pasta, então não lê nem altera esse arquivo; mova-o para a pasta (ou remova o link).</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="64"/>
        <source>it is unusually large (%1)</source>
        <translation>ele está excepcionalmente grande (%1)</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="65"/>
        <source>it can&apos;t be read (%1)</source>
        <translation>ele não pode ser lido (%1)</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="66"/>
        <source>its header is cut short</source>
        <translation>o cabeçalho dele está incompleto</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="67"/>
        <source>its header is not a SQLite journal header</source>
        <translation>o cabeçalho dele não é de um arquivo de transações do SQLite</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="68"/>
        <source>its header checksum does not match</source>
        <translation>a soma de verificação do cabeçalho dele não confere</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="69"/>
        <source>its page size does not match the log&apos;s</source>
        <translation>o tamanho de página dele não corresponde ao do registro</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="70"/>
        <source>its page size is not valid</source>
        <translation>o tamanho de página dele não é válido</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="71"/>
        <source>a committed change in it fails its checksum</source>
        <translation>uma alteração confirmada nele tem a soma de verificação incorreta</translation>
    </message>
    <message>
        <location filename="../log/wal.py" line="72"/>
        <source>committed changes in it follow a frame that fails its checksum</source>
        <translation>há alterações confirmadas nele depois de um bloco com a soma de verificação incorreta</translation>
    </message>
</context>
<context>
    <name>LogWords</name>
    <message>
        <location filename="../app/shown_words.py" line="15"/>
        <source>heavy</source>
        <translation>pesado</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="16"/>
        <source>low</source>
        <translation>para baixo</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="17"/>
        <source>okay</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="18"/>
        <source>good</source>
        <translation>bem</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="19"/>
        <source>bright</source>
        <translation>radiante</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="20"/>
        <source>calm</source>
        <translation>calma</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="21"/>
        <source>content</source>
        <translation>contentamento</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="22"/>
        <source>grateful</source>
        <translation>gratidão</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="23"/>
        <source>tender</source>
        <translation>ternura</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="24"/>
        <source>hopeful</source>
        <translation>esperança</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="25"/>
        <source>tired</source>
        <translation>cansaço</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="26"/>
        <source>restless</source>
        <translation>inquietação</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="27"/>
        <source>anxious</source>
        <translation>ansiedade</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="28"/>
        <source>sad</source>
        <translation>tristeza</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="29"/>
        <source>irritable</source>
        <translation>irritação</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="30"/>
        <source>scattered</source>
        <translation>dispersão</translation>
    </message>
    <message>
        <location filename="../app/shown_words.py" line="31"/>
        <source>numb</source>
        <translation>entorpecimento</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/main_window.py" line="98"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="102"/>
        <source>About Anapana</source>
        <translation>Sobre o Anapana</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="108"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="243"/>
        <location filename="../app/main_window.py" line="395"/>
        <source>No session called %1.</source>
        <translation>Nenhuma sessão se chama %1.</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="307"/>
        <source>The new session could not be made: %1</source>
        <translation>Não foi possível criar a nova sessão: %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="314"/>
        <source>Made %1. Open it in your text editor to change it.</source>
        <translation>%1 foi criada. Abra no seu editor de texto para alterar.</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="317"/>
        <source>Made %1: save it in your editor and it updates here.</source>
        <translation>%1 foi criada: salve no seu editor e ela se atualiza aqui.</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="325"/>
        <source>The sessions folder could not be made: %1</source>
        <translation>Não foi possível criar a pasta de sessões: %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="329"/>
        <source>Your sessions folder is %1</source>
        <translation>Sua pasta de sessões é %1</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="333"/>
        <source>Open %1 in your text editor to change it.</source>
        <translation>Abra %1 no seu editor de texto para alterar.</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="370"/>
        <source>The practice log can&apos;t be opened, so there is no history to show.</source>
        <translation>Não é possível abrir o registro de práticas, então não há histórico para mostrar.</translation>
    </message>
</context>
<context>
    <name>MoodByPractice</name>
    <message>
        <location filename="../app/history/charts.py" line="191"/>
        <source>Mood change by practice</source>
        <translation>Mudança de humor por prática</translation>
    </message>
</context>
<context>
    <name>MoodChart</name>
    <message>
        <location filename="../app/history/charts.py" line="124"/>
        <source>Mood before and after, by month</source>
        <translation>Humor antes e depois, por mês</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="132"/>
        <source>Before the session (dashed)</source>
        <translation>Antes da sessão (linha tracejada)</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="133"/>
        <source>After the session</source>
        <translation>Depois da sessão</translation>
    </message>
</context>
<context>
    <name>PacingFigure</name>
    <message>
        <location filename="../app/figure.py" line="73"/>
        <source>Breathing figure</source>
        <translation>Figura da respiração</translation>
    </message>
    <message>
        <location filename="../app/figure.py" line="75"/>
        <source>Swells as you breathe in and settles as you breathe out.</source>
        <translation>Cresce quando você inspira e se acomoda quando você expira.</translation>
    </message>
</context>
<context>
    <name>PlanPreview</name>
    <message>
        <location filename="../app/plan_preview.py" line="70"/>
        <source>feet</source>
        <translation>pés</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="71"/>
        <source>knees</source>
        <translation>joelhos</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="72"/>
        <source>hips</source>
        <translation>quadris</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="73"/>
        <source>chest</source>
        <translation>peito</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="74"/>
        <source>head</source>
        <translation>cabeça</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="172"/>
        <source>Session preview</source>
        <translation>Prévia da sessão</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="243"/>
        <source>breaths / min</source>
        <translation>respirações / min</translation>
    </message>
    <message>
        <location filename="../app/plan_preview.py" line="244"/>
        <source>minutes</source>
        <translation>minutos</translation>
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
        <translation>Parte</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="142"/>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="150"/>
        <source>Session progress</source>
        <translation>Progresso da sessão</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="157"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="158"/>
        <source>Phase details</source>
        <translation>Detalhes da fase</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="159"/>
        <source>Body-scan step</source>
        <translation>Etapa do escaneamento corporal</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="160"/>
        <source>Next step</source>
        <translation>Próxima etapa</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="161"/>
        <source>Prompt</source>
        <translation>Convite</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="162"/>
        <source>Segment intro</source>
        <translation>Introdução da parte</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="164"/>
        <source>Writing</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="165"/>
        <source>Your writing</source>
        <translation>Seu texto</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="167"/>
        <source>Write whatever comes; no one else will read it. It is saved as you type, in this session&apos;s journal note.</source>
        <translation>Escreva o que vier; ninguém mais vai ler. O texto é salvo enquanto você digita, na nota de diário desta sessão.</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="169"/>
        <source>Done writing</source>
        <translation>Concluir a escrita</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="171"/>
        <source>Save, and go on to the next part (Ctrl+Enter)</source>
        <translation>Salvar e seguir para a próxima parte (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="176"/>
        <location filename="../app/player_view.py" line="515"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="176"/>
        <source>Pause or resume</source>
        <translation>Pausar ou retomar</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="177"/>
        <source>Pause or resume (Space)</source>
        <translation>Pausar ou retomar (Espaço)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="183"/>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="183"/>
        <source>Skip to the next part</source>
        <translation>Pular para a próxima parte</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="184"/>
        <source>Skip to the next part (→)</source>
        <translation>Pular para a próxima parte (→)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="185"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="186"/>
        <source>Go on when you are ready (Space or Enter)</source>
        <translation>Siga quando quiser (Espaço ou Enter)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="189"/>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="189"/>
        <source>Stop the session</source>
        <translation>Parar a sessão</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="190"/>
        <source>Stop the session (Esc)</source>
        <translation>Parar a sessão (Esc)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="192"/>
        <location filename="../app/player_view.py" line="630"/>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="192"/>
        <source>Mute sound</source>
        <translation>Silenciar o som</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="193"/>
        <source>Mute or unmute sound (M)</source>
        <translation>Silenciar ou ativar o som (M)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="196"/>
        <source>Focus</source>
        <translation>Foco</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="196"/>
        <source>Focus mode</source>
        <translation>Modo foco</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="197"/>
        <source>Show only the figure, full screen (F11)</source>
        <translation>Mostrar só a figura, em tela cheia (F11)</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="488"/>
        <source>Take your time</source>
        <translation>Sem pressa</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="490"/>
        <source>%1 left</source>
        <comment>time left in the session</comment>
        <translation>faltam %1</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="497"/>
        <source>%1% done, %2</source>
        <translation>%1% concluído, %2</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="515"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/player_view.py" line="526"/>
        <source>Settle in. Beginning in %n second(s)</source>
        <translation>
            <numerusform>Acomode-se. Começa em %n segundo</numerusform>
            <numerusform>Acomode-se. Começa em %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="529"/>
        <location filename="../app/player_view.py" line="551"/>
        <source>Settle in</source>
        <translation>Acomode-se</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="531"/>
        <source>Paused. Press Space to resume</source>
        <translation>Em pausa. Pressione Espaço para retomar</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="533"/>
        <source>Resumed</source>
        <translation>Retomado</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="535"/>
        <source>Continue when you are ready: press Space or Enter</source>
        <translation>Continue quando quiser: pressione Espaço ou Enter</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="537"/>
        <source>The session has ended. You practised for %1.</source>
        <translation>A sessão terminou. Você praticou por %1.</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="539"/>
        <source>Session stopped. You practised for %1.</source>
        <translation>Sessão interrompida. Você praticou por %1.</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="551"/>
        <location filename="../app/player_view.py" line="555"/>
        <source>Paused</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="552"/>
        <source>Beginning in %1</source>
        <translation>Começa em %1</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="555"/>
        <source>Press Space or Resume to go on</source>
        <translation>Pressione Espaço ou Retomar para seguir</translation>
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
        <translation>Em seguida: %1</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="567"/>
        <location filename="../app/player_view.py" line="572"/>
        <source>Continue when you are ready</source>
        <translation>Continue quando quiser</translation>
    </message>
    <message>
        <location filename="../app/player_view.py" line="579"/>
        <source>breath %1 of %2</source>
        <translation>respiração %1 de %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/player_view.py" line="588"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
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
        <translation>Ativar som</translation>
    </message>
</context>
<context>
    <name>PracticeTable</name>
    <message>
        <location filename="../app/history/table.py" line="31"/>
        <source>unknown date (damaged)</source>
        <translation>data desconhecida (danificada)</translation>
    </message>
    <message>
        <location filename="../app/history/table.py" line="49"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../app/history/table.py" line="49"/>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <location filename="../app/history/table.py" line="49"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../app/history/table.py" line="49"/>
        <source>How it ended</source>
        <translation>Como terminou</translation>
    </message>
    <message>
        <location filename="../app/history/table.py" line="50"/>
        <source>Mood</source>
        <translation>Humor</translation>
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
        <translation>Variação da frequência cardíaca em cada ritmo</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="115"/>
        <source>%1 a minute: %2</source>
        <comment>a breathing rate: the heart&apos;s swing at it</comment>
        <translation>%1 por minuto: %2</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="117"/>
        <source>no clear reading</source>
        <translation>sem leitura clara</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="118"/>
        <source>%1 beats a minute</source>
        <translation>%1 batimentos por minuto</translation>
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
        <translation>Lembrete do Anapana</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="51"/>
        <source>Begin</source>
        <translation>Começar</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="52"/>
        <source>Later</source>
        <translation>Mais tarde</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="53"/>
        <source>Not today</source>
        <translation>Hoje não</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="54"/>
        <source>Offer this again in a little while</source>
        <translation>Lembrar de novo daqui a pouco</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_note.py" line="55"/>
        <source>No more reminders today</source>
        <translation>Sem mais lembretes hoje</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/desktop/reminder_note.py" line="74"/>
        <source>Offer this again in %n minute(s)</source>
        <translation>
            <numerusform>Lembrar de novo em %n minuto</numerusform>
            <numerusform>Lembrar de novo em %n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <location filename="../app/desktop/reminder_service.py" line="173"/>
        <source>A quiet moment, if you&apos;d like one.</source>
        <translation>Um momento de calma, se você quiser.</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_service.py" line="175"/>
        <source>%1 is here whenever you are.</source>
        <translation>%1 está aqui quando você quiser.</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsPanel</name>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="62"/>
        <source>Offer gentle reminders to pause</source>
        <translation>Oferecer lembretes gentis para uma pausa</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="67"/>
        <source>Reminder times, separated by commas</source>
        <translation>Horários dos lembretes, separados por vírgulas</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="78"/>
        <source>Session a reminder suggests</source>
        <translation>Sessão sugerida por um lembrete</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="79"/>
        <source>Just open Anapana</source>
        <translation>Só abrir o Anapana</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="88"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="90"/>
        <source>Later waits this many minutes</source>
        <translation>&quot;Mais tarde&quot; espera estes minutos</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="93"/>
        <source>Quiet hours, from</source>
        <translation>Horário de silêncio, das</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="101"/>
        <source>Quiet hours start</source>
        <translation>Início do horário de silêncio</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="102"/>
        <source>Quiet hours end</source>
        <translation>Fim do horário de silêncio</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="106"/>
        <source>to</source>
        <translation>às</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="111"/>
        <source>Reminders stay quiet while you practise. They only come while Anapana runs; starting it at login, in the tray, keeps them coming.</source>
        <translation>Os lembretes ficam em silêncio enquanto você pratica. Eles só chegam enquanto o Anapana está aberto; iniciá-lo ao fazer login, na bandeja do sistema, faz com que continuem chegando.</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="116"/>
        <source>Keep Anapana in the tray when the window closes</source>
        <translation>Manter o Anapana na bandeja do sistema ao fechar a janela</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="119"/>
        <source>Start Anapana quietly when I log in</source>
        <translation>Iniciar o Anapana discretamente quando eu fizer login</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="123"/>
        <source>At</source>
        <translation>Às</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="124"/>
        <source>On</source>
        <translation>Nos dias</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="125"/>
        <source>Suggest</source>
        <translation>Sugerir</translation>
    </message>
    <message>
        <location filename="../app/desktop/reminder_panel.py" line="126"/>
        <source>Later waits</source>
        <translation>&quot;Mais tarde&quot; espera</translation>
    </message>
</context>
<context>
    <name>ResonanceReason</name>
    <message>
        <location filename="../hr/reason_text.py" line="14"/>
        <source>This session has no paced breathing to compare; the resonance assessment needs a session such as the resonance-rate finder.</source>
        <translation>Esta sessão não tem respiração ritmada para comparar; a avaliação de ressonância precisa de uma sessão como Encontre seu ritmo de ressonância.</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="18"/>
        <source>No pace had enough clean heartbeats to compare (each needs the recording to cover it and at least %1 whole breaths after its first half minute).</source>
        <translation>Nenhum ritmo teve batimentos limpos suficientes para comparar (cada um precisa que a gravação o cubra e de pelo menos %1 respirações completas depois do primeiro meio minuto).</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="22"/>
        <source>Your heart rate did not clearly rise and fall with the breath at any pace this time, so there is no suggestion. Breathing along with the sound, sitting comfortably and a chest strap that sends every beat usually help.</source>
        <translation>Desta vez sua frequência cardíaca não subiu e desceu claramente com a respiração em nenhum ritmo, então não há sugestão. Costuma ajudar respirar junto com o som, sentar-se com conforto e usar uma cinta cardíaca que envie cada batimento.</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="27"/>
        <source>Only %1 breaths a minute had enough heart data to measure, so it is the suggestion; a full run through every pace gives a surer answer.</source>
        <translation>Só o ritmo de %1 respirações por minuto teve dados do coração suficientes para medir, então ele é a sugestão; uma passagem completa por todos os ritmos dá uma resposta mais segura.</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="31"/>
        <source>At %1 breaths a minute your heart showed %2 (%3).</source>
        <translation>A %1 respirações por minuto seu coração mostrou %2 (%3).</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="32"/>
        <source>At %1 breaths a minute your heart did best across the measures taken together (%2).</source>
        <translation>A %1 respirações por minuto seu coração teve o melhor resultado no conjunto das medidas (%2).</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="35"/>
        <source>%1 beats a minute from peak to trough</source>
        <translation>%1 batimentos por minuto entre o ponto mais alto e o mais baixo</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="36"/>
        <source>%1 breaths a minute came very close, so either pace will serve you well.</source>
        <translation>%1 respirações por minuto chegaram muito perto, então qualquer um dos dois ritmos vai servir bem para você.</translation>
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
        <translation>a maior variação da frequência cardíaca a cada respiração</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="43"/>
        <source>the most low-frequency heart-rate variability</source>
        <translation>a maior variabilidade da frequência cardíaca em baixa frequência</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="45"/>
        <source>the highest low-frequency peak</source>
        <translation>o pico de baixa frequência mais alto</translation>
    </message>
    <message>
        <location filename="../hr/reason_text.py" line="46"/>
        <source>heart rate rising and falling most steadily with the breath</source>
        <translation>uma frequência cardíaca que sobe e desce com a respiração da forma mais regular</translation>
    </message>
</context>
<context>
    <name>ResonanceResultView</name>
    <message>
        <location filename="../app/heart_result.py" line="27"/>
        <source>A practice aid, not a medical measurement: the pace that feels easiest is a fine choice too.</source>
        <translation>Um apoio à prática, não uma medição médica: o ritmo que parecer mais fácil também é uma ótima escolha.</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="80"/>
        <source>The session could not be written: %1</source>
        <translation>Não foi possível gravar a sessão: %1</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="86"/>
        <source>The session came out wrong and was not kept: %1</source>
        <translation>A sessão não foi gerada corretamente e não foi guardada: %1</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="178"/>
        <source>How your heart followed each pace</source>
        <translation>Como seu coração acompanhou cada ritmo</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="181"/>
        <source>The rise and fall of your heart rate with each breath, in beats a minute</source>
        <translation>A subida e a descida da sua frequência cardíaca a cada respiração, em batimentos por minuto</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="187"/>
        <source>Recommended pace</source>
        <translation>Ritmo recomendado</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="192"/>
        <source>Why this pace</source>
        <translation>Por que este ritmo</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="204"/>
        <location filename="../app/heart_result.py" line="206"/>
        <source>Create my resonance session</source>
        <translation>Criar minha sessão de ressonância</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="216"/>
        <location filename="../app/heart_result.py" line="217"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="247"/>
        <source>No clear resonance pace this time</source>
        <translation>Desta vez, nenhum ritmo de ressonância claro</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="250"/>
        <source>Your resonance pace looks like %1 breaths a minute</source>
        <translation>Seu ritmo de ressonância parece ser de %1 respirações por minuto</translation>
    </message>
    <message>
        <location filename="../app/heart_result.py" line="273"/>
        <source>Made %1 in your sessions: it is in the library now, and you can open it in a text editor to change it.</source>
        <translation>O arquivo %1 foi criado nas suas sessões: ele já está na biblioteca, e você pode abri-lo em um editor de texto para alterá-lo.</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <location filename="../app/session_flow.py" line="178"/>
        <location filename="../app/session_flow.py" line="193"/>
        <source>End the session?</source>
        <translation>Encerrar a sessão?</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="179"/>
        <source>You have practised for %1.</source>
        <translation>Você praticou por %1.</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="180"/>
        <source>End the session here? What you practised is kept.</source>
        <translation>Encerrar a sessão aqui? O que você praticou fica guardado.</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="181"/>
        <location filename="../app/session_flow.py" line="197"/>
        <source>End session</source>
        <translation>Encerrar a sessão</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="182"/>
        <location filename="../app/session_flow.py" line="198"/>
        <source>Keep going</source>
        <translation>Continuar praticando</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="194"/>
        <source>This is the last part of the session.</source>
        <translation>Esta é a última parte da sessão.</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="196"/>
        <source>Skipping it ends the session here. What you practised is kept.</source>
        <translation>Se você pular esta parte, a sessão termina aqui. O que você praticou fica guardado.</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="214"/>
        <source>The heart rate can&apos;t be shown this time (%1).</source>
        <translation>Desta vez não é possível mostrar a frequência cardíaca (%1).</translation>
    </message>
    <message>
        <location filename="../app/session_flow.py" line="264"/>
        <source>Made %1: it is in your library.</source>
        <translation>%1 foi criada: já está na sua biblioteca.</translation>
    </message>
</context>
<context>
    <name>SessionTags</name>
    <message>
        <location filename="../app/tag_names.py" line="19"/>
        <source>assessment</source>
        <translation>avaliação</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="20"/>
        <source>body-scan</source>
        <translation>escaneamento corporal</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="21"/>
        <source>breath</source>
        <translation>fôlego</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="22"/>
        <source>breath-hold</source>
        <translation>prender a respiração</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="23"/>
        <source>breathing</source>
        <translation>respiração</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="24"/>
        <source>calm</source>
        <translation>calma</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="25"/>
        <source>compassion</source>
        <translation>compaixão</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="26"/>
        <source>emotions</source>
        <translation>emoções</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="27"/>
        <source>energy</source>
        <translation>energia</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="28"/>
        <source>evening</source>
        <translation>noite</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="29"/>
        <source>focus</source>
        <translation>foco</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="30"/>
        <source>hrv</source>
        <translation>VFC</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="31"/>
        <source>intention</source>
        <translation>intenção</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="32"/>
        <source>journaling</source>
        <translation>diário</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="33"/>
        <source>labelling</source>
        <translation>nomear</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="34"/>
        <source>long</source>
        <translation>longa</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="35"/>
        <source>mbsr</source>
        <translation>MBSR</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="36"/>
        <source>meditation</source>
        <translation>meditação</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="37"/>
        <source>metta</source>
        <translation>metta</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="38"/>
        <source>mindfulness</source>
        <translation>atenção plena</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="39"/>
        <source>mood</source>
        <translation>humor</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="40"/>
        <source>morning</source>
        <translation>manhã</translation>
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
        <translation>relaxamento</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="44"/>
        <source>resonance</source>
        <translation>ressonância</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="45"/>
        <source>rounds</source>
        <translation>rodadas</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="46"/>
        <source>self-compassion</source>
        <translation>autocompaixão</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="47"/>
        <source>short</source>
        <translation>curta</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="48"/>
        <source>silence</source>
        <translation>silêncio</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="49"/>
        <source>sleep</source>
        <translation>sono</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="50"/>
        <source>timer</source>
        <translation>temporizador</translation>
    </message>
    <message>
        <location filename="../app/tag_names.py" line="51"/>
        <source>writing</source>
        <translation>escrita</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/settings_dialog.py" line="29"/>
        <location filename="../app/settings_dialog.py" line="68"/>
        <source>Follow the system</source>
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="30"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="31"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="32"/>
        <source>Circle</source>
        <translation>Círculo</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="33"/>
        <source>Square (traces its sides, for box breathing)</source>
        <translation>Quadrado (percorre os lados, para a respiração quadrada)</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="35"/>
        <source>The session&apos;s own cues</source>
        <translation>Os sinais da própria sessão</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="36"/>
        <source>Say in, hold, out</source>
        <translation>Dizer &quot;inspire&quot;, &quot;segure&quot;, &quot;expire&quot;</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="37"/>
        <source>A distinct tone for in, hold and out</source>
        <translation>Um som diferente para inspirar, segurar e expirar</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="56"/>
        <location filename="../app/settings_dialog.py" line="57"/>
        <source>Settings</source>
        <translation>Configurações</translation>
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
        <translation>Idioma do aplicativo (após reiniciar)</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="74"/>
        <source>The new language shows the next time Anapana starts.</source>
        <translation>O novo idioma aparece na próxima vez que o Anapana for aberto.</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="80"/>
        <source>Figure style</source>
        <translation>Estilo da figura</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="87"/>
        <source>Reduce motion (the figure changes colour instead of size)</source>
        <translation>Reduzir movimento (a figura muda de cor em vez de tamanho)</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="88"/>
        <source>Reduce motion</source>
        <translation>Reduzir movimento</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="93"/>
        <source>Lead-in before a session, in seconds</source>
        <translation>Preparação antes de uma sessão, em segundos</translation>
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
        <translation>Falar a orientação em voz alta</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="105"/>
        <source>Following with eyes closed</source>
        <translation>Acompanhar de olhos fechados</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="111"/>
        <location filename="../app/settings_dialog.py" line="132"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="112"/>
        <source>The session&apos;s language (default)</source>
        <translation>O idioma da sessão (padrão)</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="125"/>
        <source>%1 volume</source>
        <translation>Volume: %1</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="131"/>
        <source>Eyes closed</source>
        <translation>Olhos fechados</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="133"/>
        <source>Natural voices…</source>
        <translation>Vozes naturais…</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="134"/>
        <source>Add, download and choose Piper voices</source>
        <translation>Adicionar, baixar e escolher vozes Piper</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="138"/>
        <location filename="../app/settings_dialog.py" line="139"/>
        <source>Announce each phase to screen readers</source>
        <translation>Anunciar cada fase aos leitores de tela</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="143"/>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="146"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="148"/>
        <source>Figure</source>
        <translation>Figura</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="150"/>
        <source>Practice</source>
        <translation>Prática</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="152"/>
        <source>Lead-in</source>
        <translation>Preparação</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="153"/>
        <source>Sound</source>
        <translation>Som</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="155"/>
        <location filename="../app/settings_dialog.py" line="156"/>
        <source>Show the spoken words as captions</source>
        <translation>Mostrar as palavras faladas como legendas</translation>
    </message>
    <message>
        <location filename="../app/settings_dialog.py" line="160"/>
        <source>Accessibility</source>
        <translation>Acessibilidade</translation>
    </message>
</context>
<context>
    <name>SoundChannels</name>
    <message>
        <location filename="../sound/channels.py" line="16"/>
        <source>Breath cues</source>
        <translation>Sinais da respiração</translation>
    </message>
    <message>
        <location filename="../sound/channels.py" line="17"/>
        <source>Bells</source>
        <translation>Sinos</translation>
    </message>
    <message>
        <location filename="../sound/channels.py" line="18"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
</context>
<context>
    <name>SoundLayer</name>
    <message>
        <location filename="../app/sound_sink.py" line="261"/>
        <source>A spoken line could not be rendered — its words are shown instead</source>
        <translation>Não foi possível gerar uma fala; as palavras dela aparecem na tela</translation>
    </message>
</context>
<context>
    <name>SoundNotices</name>
    <message>
        <location filename="../sound/output.py" line="28"/>
        <source>No sound device found — cues are off</source>
        <translation>Nenhum dispositivo de som encontrado — os sons ficam em silêncio</translation>
    </message>
    <message>
        <location filename="../sound/speech.py" line="30"/>
        <source>Spoken guidance is not available here — the words are shown instead</source>
        <translation>A orientação falada não está disponível aqui — as palavras aparecem na tela</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../app/background_task.py" line="79"/>
        <source>Something went wrong: %1</source>
        <translation>Algo não deu certo: %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../app/desktop/tray.py" line="45"/>
        <source>Open Anapana</source>
        <translation>Abrir o Anapana</translation>
    </message>
    <message>
        <location filename="../app/desktop/tray.py" line="46"/>
        <location filename="../app/desktop/tray.py" line="83"/>
        <source>Pause reminders for today</source>
        <translation>Pausar os lembretes por hoje</translation>
    </message>
    <message>
        <location filename="../app/desktop/tray.py" line="48"/>
        <source>About Anapana</source>
        <translation>Sobre o Anapana</translation>
    </message>
    <message>
        <location filename="../app/desktop/tray.py" line="49"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../app/desktop/tray.py" line="82"/>
        <source>Resume reminders today</source>
        <translation>Retomar os lembretes hoje</translation>
    </message>
</context>
<context>
    <name>VoiceErrors</name>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="121"/>
        <source>a file path must be a short text</source>
        <translation>um caminho de arquivo precisa ser um texto curto</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="124"/>
        <source>the file path %1 is nested too deeply</source>
        <translation>o caminho de arquivo %1 está aninhado em níveis demais</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="128"/>
        <source>the file path %1 could leave the voices folder (only plain names separated by / are allowed)</source>
        <translation>o caminho de arquivo %1 poderia sair da pasta de vozes (só são permitidos nomes simples separados por /)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="136"/>
        <source>%1: an object with size_bytes and md5_digest expected</source>
        <translation>%1: era esperado um objeto com size_bytes e md5_digest</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="140"/>
        <source>%1: size_bytes must be a whole number from 1 to %2</source>
        <translation>%1: size_bytes precisa ser um número inteiro de 1 a %2</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="145"/>
        <source>%1: md5_digest must be 32 hexadecimal digits</source>
        <translation>%1: md5_digest precisa ter 32 dígitos hexadecimais</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="153"/>
        <source>&apos;language&apos; must be an object with a code</source>
        <translation>&apos;language&apos; precisa ser um objeto com um code</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="158"/>
        <source>language.code must be a language tag such as en_US</source>
        <translation>language.code precisa ser um código de idioma como en_US</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="170"/>
        <source>the voice&apos;s name has characters other than letters, digits, _ . -</source>
        <translation>o nome da voz tem caracteres que não são letras, dígitos, _ . -</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="173"/>
        <source>an object expected</source>
        <translation>era esperado um objeto</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="177"/>
        <source>quality must be one of %1</source>
        <translation>quality precisa ser um destes valores: %1</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="184"/>
        <source>num_speakers must be a whole number from 1</source>
        <translation>num_speakers precisa ser um número inteiro a partir de 1</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="188"/>
        <source>&apos;files&apos; must be an object of path → size and digest</source>
        <translation>&apos;files&apos; precisa ser um objeto de caminho → tamanho e soma de verificação</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="191"/>
        <source>more than %1 files</source>
        <translation>mais de %1 arquivos</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="205"/>
        <source>the files %1.onnx and %1.onnx.json must both be listed</source>
        <translation>os arquivos %1.onnx e %1.onnx.json precisam estar listados</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="220"/>
        <source>%1: a JSON object of voices expected at the top</source>
        <translation>%1: era esperado um objeto JSON de vozes no nível principal</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="223"/>
        <source>%1: more than %2 voices; refusing to read it</source>
        <translation>%1: mais de %2 vozes; o arquivo não será lido</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="231"/>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="235"/>
        <source>%1: no voice in it can be used (%2)</source>
        <translation>%1: nenhuma voz dele pode ser usada (%2)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_catalogue.py" line="237"/>
        <source>%1: no voice in it can be used</source>
        <translation>%1: nenhuma voz dele pode ser usada</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="55"/>
        <source>The download was cancelled; it can continue later.</source>
        <translation>O download foi cancelado; ele pode continuar mais tarde.</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="105"/>
        <source>%1 is not an http:// or https:// address</source>
        <translation>%1 não é um endereço http:// ou https://</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="108"/>
        <source>%1: a catalogue address has no ?query or #fragment</source>
        <translation>%1: um endereço de catálogo não tem ?query nem #fragment</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="123"/>
        <source>the server sent the request on to an address that is not http(s) or that drops https; refused</source>
        <translation>o servidor redirecionou a solicitação para um endereço que não é http(s) ou que abandona o https; recusado</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="126"/>
        <source>the server answered %1 %2</source>
        <translation>o servidor respondeu %1 %2</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="131"/>
        <source>the address could not be found (are you offline?)</source>
        <translation>o endereço não foi encontrado (você está sem internet?)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="133"/>
        <source>could not connect (%1)</source>
        <translation>não foi possível conectar (%1)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="136"/>
        <source>the server stopped answering</source>
        <translation>o servidor parou de responder</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="138"/>
        <source>the connection dropped</source>
        <translation>a conexão caiu</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="150"/>
        <source>%1: %2 bytes is too large (at most %3)</source>
        <translation>%1: %2 bytes é grande demais (no máximo %3)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="163"/>
        <source>%1: larger than %2 bytes; refused</source>
        <translation>%1: maior que %2 bytes; recusado</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="171"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="211"/>
        <source>%1: the server resumed at the wrong place; starting over next time</source>
        <translation>%1: o servidor retomou no ponto errado; da próxima vez, começa do início</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="218"/>
        <source>%1: unexpected answer %2</source>
        <translation>%1: resposta inesperada %2</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="222"/>
        <source>%1: the server offers %2 bytes but the catalogue says %3; refused</source>
        <translation>%1: o servidor oferece %2 bytes, mas o catálogo informa %3; recusado</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="237"/>
        <source>%1: more than the %2 bytes the catalogue promised; refused</source>
        <translation>%1: mais do que os %2 bytes informados pelo catálogo; recusado</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="278"/>
        <source>it ended early</source>
        <translation>terminou antes do tempo</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="279"/>
        <source>%1: stopped at %2 of %3 bytes (%4). Try again later: it continues where it stopped.</source>
        <translation>%1: parou em %2 de %3 bytes (%4). Tente de novo mais tarde: ele continua de onde parou.</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="284"/>
        <source>%1: the file&apos;s checksum does not match the catalogue&apos;s, so it was not installed (it may be damaged or altered).</source>
        <translation>%1: a soma de verificação do arquivo não confere com a do catálogo, então ele não foi instalado (pode estar danificado ou alterado).</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_download.py" line="307"/>
        <source>%1: the model card does not match the catalogue&apos;s checksum</source>
        <translation>%1: o cartão do modelo não confere com a soma de verificação do catálogo</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="61"/>
        <source>%1 is not a number JSON allows</source>
        <translation>%1 não é um número que o JSON permite</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="69"/>
        <source>the key %1 appears twice</source>
        <translation>a chave %1 aparece duas vezes</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="123"/>
        <source>%1: %2 bytes is too large (at most %3 expected)</source>
        <translation>%1: %2 bytes é grande demais (esperado no máximo %3)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="129"/>
        <source>%1: byte %2 is not UTF-8 text (JSON expected)</source>
        <translation>%1: o byte %2 não é texto UTF-8 (esperado JSON)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="138"/>
        <source>%1:%2:%3: not valid JSON (%4)</source>
        <translation>%1:%2:%3: JSON inválido (%4)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="143"/>
        <source>%1: not usable JSON (%2)</source>
        <translation>%1: JSON que não pode ser usado (%2)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="152"/>
        <source>%1: nested more than %2 levels deep</source>
        <translation>%1: aninhado em mais de %2 níveis</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="162"/>
        <source>%1: there is no such file (%2 expected)</source>
        <translation>%1: esse arquivo não existe (esperado %2)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="167"/>
        <source>%1: is a symbolic link; please choose the file itself</source>
        <translation>%1: é um link simbólico; escolha o próprio arquivo, por favor</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="176"/>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: não pode ser lido (%2)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="182"/>
        <source>%1: is not a regular file (%2 expected)</source>
        <translation>%1: não é um arquivo comum (esperado %2)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="191"/>
        <source>%1: %2 bytes is too large for %3 (at most %4)</source>
        <translation>%1: %2 bytes é grande demais para %3 (no máximo %4)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="198"/>
        <location filename="../sound/tts/voice_store.py" line="377"/>
        <source>%1: cannot be opened (%2)</source>
        <translation>%1: não pode ser aberto (%2)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="206"/>
        <source>%1: grew past %2 bytes while being read</source>
        <translation>%1: cresceu além de %2 bytes durante a leitura</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="219"/>
        <source>%1: only %2 bytes, too small to be a voice model</source>
        <translation>%1: só %2 bytes, pequeno demais para ser um modelo de voz</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="223"/>
        <source>%1: %2 bytes is larger than any voice (at most %3)</source>
        <translation>%1: %2 bytes é maior do que qualquer voz (no máximo %3)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="227"/>
        <source>%1: does not look like an ONNX model (.onnx expected)</source>
        <translation>%1: não parece um modelo ONNX (esperado .onnx)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="234"/>
        <source>an .onnx voice model</source>
        <translation>um modelo de voz .onnx</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="247"/>
        <source>%1: the key %2 is missing (%3 expected)</source>
        <translation>%1: falta a chave %2 (esperado %3)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="252"/>
        <source>%1: %2 is %3, %4 expected</source>
        <translation>%1: %2 é %3, esperado %4</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="266"/>
        <source>%1: a JSON object expected at the top</source>
        <translation>%1: era esperado um objeto JSON no nível principal</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="268"/>
        <source>a whole number</source>
        <translation>um número inteiro</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="270"/>
        <source>an object with sample_rate</source>
        <translation>um objeto com sample_rate</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="273"/>
        <source>%1: audio.sample_rate %2 is outside 8000–48000 Hz</source>
        <translation>%1: audio.sample_rate %2 está fora de 8000–48000 Hz</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="277"/>
        <source>%1: audio.quality %2 is not one of %3</source>
        <translation>%1: audio.quality %2 não é um destes valores: %3</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="281"/>
        <source>an object of phoneme → ids</source>
        <translation>um objeto de fonema → identificadores</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="283"/>
        <source>%1: phoneme_id_map must hold 1 to 4096 phonemes</source>
        <translation>%1: phoneme_id_map precisa conter de 1 a 4096 fonemas</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="287"/>
        <source>%1: phoneme_id_map has no %2 (sentence start, pause and end markers expected)</source>
        <translation>%1: phoneme_id_map não tem %2 (esperadas as marcas de início de frase, pausa e fim)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="294"/>
        <source>%1: phoneme_id_map[%2] must be a list of small whole numbers</source>
        <translation>%1: phoneme_id_map[%2] precisa ser uma lista de números inteiros pequenos</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="299"/>
        <source>%1: &apos;espeak&apos; must be an object with a voice</source>
        <translation>%1: &apos;espeak&apos; precisa ser um objeto com uma voice</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="303"/>
        <source>%1: espeak.voice must be a short text</source>
        <translation>%1: espeak.voice precisa ser um texto curto</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="309"/>
        <source>%1: phoneme_type %2 is not supported here (%3 or %4 expected)</source>
        <translation>%1: phoneme_type %2 não é compatível aqui (esperado %3 ou %4)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="313"/>
        <source>%1: espeak.voice is missing (an espeak-ng voice expected)</source>
        <translation>%1: falta espeak.voice (esperada uma voz do espeak-ng)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="317"/>
        <source>%1: num_symbols %2 is outside 1–65536</source>
        <translation>%1: num_symbols %2 está fora de 1–65536</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="322"/>
        <source>%1: num_speakers must be a whole number from 1</source>
        <translation>%1: num_speakers precisa ser um número inteiro a partir de 1</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="326"/>
        <source>%1: &apos;inference&apos; must be an object</source>
        <translation>%1: &apos;inference&apos; precisa ser um objeto</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="330"/>
        <source>%1: inference.length_scale must be a number from 0.1 to 10</source>
        <translation>%1: inference.length_scale precisa ser um número de 0,1 a 10</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_files.py" line="338"/>
        <source>%1: language code %2 is not a language tag</source>
        <translation>%1: o código de idioma %2 não é um código de idioma válido</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="58"/>
        <source>Not stated — check where the voice came from</source>
        <translation>Não informada — confira de onde a voz veio</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="109"/>
        <source>The voice %1 is not installed.</source>
        <translation>A voz %1 não está instalada.</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="113"/>
        <source>%1 is not a voice name</source>
        <translation>%1 não é um nome de voz</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="116"/>
        <source>voice settings</source>
        <translation>as configurações da voz</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="117"/>
        <source>a model card</source>
        <translation>um cartão de modelo</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="189"/>
        <source>%1: not a voice folder name</source>
        <translation>%1: não é um nome de pasta de voz</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="194"/>
        <source>voice settings (.onnx.json)</source>
        <translation>as configurações da voz (.onnx.json)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="201"/>
        <source>voice details</source>
        <translation>os detalhes da voz</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="239"/>
        <source>voice choices</source>
        <translation>as vozes escolhidas</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="331"/>
        <source>%1: please choose the voice&apos;s .onnx file</source>
        <translation>%1: escolha o arquivo .onnx da voz, por favor</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="335"/>
        <source>%1: the name may hold only letters, digits, _ . and - (rename the .onnx and .onnx.json files, keeping them alike)</source>
        <translation>%1: o nome só pode ter letras, dígitos, _ . e - (renomeie os arquivos .onnx e .onnx.json, mantendo os nomes iguais)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="340"/>
        <source>the voice&apos;s settings (.onnx.json, next to the .onnx)</source>
        <translation>as configurações da voz (.onnx.json, ao lado do .onnx)</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="367"/>
        <source>%1: the voice could not be read back after copying</source>
        <translation>%1: não foi possível ler a voz de novo depois da cópia</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="424"/>
        <source>There is not enough free space for %1: it needs %2 MB and %3 MB are free in %4.</source>
        <translation>Não há espaço livre suficiente para %1: ela precisa de %2 MB e há %3 MB livres em %4.</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="452"/>
        <source>The downloaded voice is not usable: %1</source>
        <translation>A voz baixada não pode ser usada: %1</translation>
    </message>
    <message>
        <location filename="../sound/tts/voice_store.py" line="474"/>
        <source>%1: could not be read back after installing</source>
        <translation>%1: não foi possível ler de novo depois da instalação</translation>
    </message>
</context>
<context>
    <name>VoiceManager</name>
    <message>
        <location filename="../app/voice_manager.py" line="68"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="69"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="70"/>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="71"/>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="72"/>
        <source>Speaks</source>
        <translation>Fala</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="83"/>
        <location filename="../app/voice_manager.py" line="84"/>
        <source>Natural voices</source>
        <translation>Vozes naturais</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="87"/>
        <source>Natural voices (Piper) speak the guidance on this computer, without the internet. Each voice was made from someone&apos;s recordings and has its own licence, shown here.</source>
        <translation>As vozes naturais (Piper) falam a orientação neste computador, sem internet. Cada voz foi criada a partir das gravações de uma pessoa e tem a sua própria licença, mostrada aqui.</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="95"/>
        <source>Installed voices</source>
        <translation>Vozes instaladas</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="106"/>
        <source>Voice manager status</source>
        <translation>Status do gerenciador de vozes</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="108"/>
        <source>Add a voice…</source>
        <translation>Adicionar uma voz…</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="110"/>
        <source>Import a Piper voice (.onnx with its .onnx.json) from a folder</source>
        <translation>Importar uma voz Piper (.onnx com o seu .onnx.json) de uma pasta</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="112"/>
        <source>Download…</source>
        <translation>Baixar…</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="113"/>
        <source>Choose a voice from Piper&apos;s voices catalogue</source>
        <translation>Escolher uma voz do catálogo de vozes do Piper</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="115"/>
        <location filename="../app/voice_manager.py" line="188"/>
        <source>Use for its language</source>
        <translation>Usar para o idioma dela</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="117"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="144"/>
        <source>Piper is not installed, so these voices stay silent and espeak-ng speaks instead. Install Anapana with its `voice` extra to hear them.</source>
        <translation>O Piper não está instalado, então estas vozes ficam em silêncio e o espeak-ng fala no lugar delas. Instale o Anapana com o extra `voice` para ouvi-las.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/voice_manager.py" line="147"/>
        <source>%n voice folder(s) could not be used: %1</source>
        <translation>
            <numerusform>%n pasta de voz não pôde ser usada: %1</numerusform>
            <numerusform>%n pastas de voz não puderam ser usadas: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="159"/>
        <source>%1 (your choice)</source>
        <translation>%1 (sua escolha)</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="160"/>
        <source>%1 (automatically)</source>
        <translation>%1 (automaticamente)</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="173"/>
        <source>No natural voice is installed yet: add one you have, or download one.</source>
        <translation>Ainda não há nenhuma voz natural instalada: adicione uma que você tenha ou baixe uma.</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="190"/>
        <source>Choose automatically for %1</source>
        <translation>Escolher automaticamente para %1</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="193"/>
        <source>Use for %1</source>
        <translation>Usar para %1</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="198"/>
        <source>Add a Piper voice</source>
        <translation>Adicionar uma voz Piper</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="198"/>
        <source>Piper voices (*.onnx)</source>
        <translation>Vozes Piper (*.onnx)</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="219"/>
        <source>Adding %1…</source>
        <translation>Adicionando %1…</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="225"/>
        <source>%1 was added. Licence: %2</source>
        <translation>%1 foi adicionada. Licença: %2</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="232"/>
        <source>This voice could not be added. %1</source>
        <translation>Não foi possível adicionar esta voz. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="255"/>
        <source>The choice could not be saved. %1</source>
        <translation>Não foi possível salvar a escolha. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="260"/>
        <source>Anapana will pick the best installed voice for %1.</source>
        <translation>O Anapana vai escolher a melhor voz instalada para %1.</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="261"/>
        <source>%1 will speak %2.</source>
        <translation>%1 agora é a voz para %2.</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="268"/>
        <source>Remove this voice?</source>
        <translation>Remover esta voz?</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="269"/>
        <source>Remove %1 (%2)? You can add or download it again later.</source>
        <translation>Remover %1 (%2)? Você pode adicioná-la ou baixá-la de novo depois.</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="275"/>
        <source>The voice could not be removed. %1</source>
        <translation>Não foi possível remover a voz. %1</translation>
    </message>
    <message>
        <location filename="../app/voice_manager.py" line="278"/>
        <source>%1 was removed.</source>
        <translation>%1 foi removida.</translation>
    </message>
</context>
<context>
    <name>WeeksChart</name>
    <message>
        <location filename="../app/history/charts.py" line="86"/>
        <source>Minutes per week</source>
        <translation>Minutos por semana</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="113"/>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location filename="../app/history/charts.py" line="115"/>
        <source>Minutes practised in a week</source>
        <translation>Minutos de prática em uma semana</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../app/words.py" line="16"/>
        <source>Breathe in</source>
        <translation>Inspire</translation>
    </message>
    <message>
        <location filename="../app/words.py" line="17"/>
        <location filename="../app/words.py" line="19"/>
        <source>Hold</source>
        <translation>Segure</translation>
    </message>
    <message>
        <location filename="../app/words.py" line="18"/>
        <source>Breathe out</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location filename="../app/words.py" line="20"/>
        <source>Sit quietly</source>
        <translation>Fique em silêncio</translation>
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
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/words.py" line="77"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/words.py" line="81"/>
        <source>Thank you for taking this time.</source>
        <translation>Que bom que você reservou este tempo.</translation>
    </message>
    <message>
        <location filename="../app/words.py" line="85"/>
        <source>Every moment of practice counts.</source>
        <translation>Cada momento de prática conta.</translation>
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
