<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_PT">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt and PySide6 (Qt for Python) are used under the GNU Lesser General Public License, version 3 (LGPL v3). They are linked dynamically: the Qt libraries are separate files in the app&apos;s folder and can be replaced by a compatible build. The source code of Qt and PySide6 is available from The Qt Company (code.qt.io) and, on request, from your IT team. Full text: https://www.gnu.org/licenses/lgpl-3.0.html</source>
        <translation>O Qt e o PySide6 (Qt for Python) são utilizados ao abrigo da Licença Pública Geral Reduzida GNU, versão 3 (LGPL v3). São ligados dinamicamente: as bibliotecas Qt são ficheiros separados na pasta da aplicação e podem ser substituídas por uma versão compatível. O código-fonte do Qt e do PySide6 está disponível junto da The Qt Company (code.qt.io) e, a pedido, junto da sua equipa de informática. Texto integral: https://www.gnu.org/licenses/lgpl-3.0.html</translation>
    </message>
    <message>
        <source>(The licence file {file} is missing from this installation.)</source>
        <translation>(O ficheiro de licença {file} não existe nesta instalação.)</translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation>documentos Word</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>documentos PDF</translation>
    </message>
    <message>
        <source>ReportLab&apos;s accelerators</source>
        <translation>aceleradores do ReportLab</translation>
    </message>
    <message>
        <source>text shaping, HarfBuzz</source>
        <translation>modelação do texto, HarfBuzz</translation>
    </message>
    <message>
        <source>right-to-left text</source>
        <translation>texto da direita para a esquerda</translation>
    </message>
    <message>
        <source>Arabic letter forms</source>
        <translation>formas das letras árabes</translation>
    </message>
    <message>
        <source>font subsetting</source>
        <translation>subconjuntos de tipos de letra</translation>
    </message>
    <message>
        <source>PDF checks</source>
        <translation>verificações dos PDF</translation>
    </message>
    <message>
        <source>the library database</source>
        <translation>a base de dados da biblioteca</translation>
    </message>
    <message>
        <source>dates and numbers in four languages</source>
        <translation>datas e números em quatro línguas</translation>
    </message>
    <message>
        <source>country names, ISO 3166</source>
        <translation>nomes dos países, ISO 3166</translation>
    </message>
    <message>
        <source>data and settings folders</source>
        <translation>pastas dos dados e das definições</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>a linha de comandos</translation>
    </message>
    <message>
        <source>settings files</source>
        <translation>ficheiros de definições</translation>
    </message>
    <message>
        <source>Word&apos;s XML</source>
        <translation>o XML do Word</translation>
    </message>
    <message>
        <source>images</source>
        <translation>imagens</translation>
    </message>
    <message>
        <source>see its project</source>
        <translation>ver o respetivo projeto</translation>
    </message>
    <message>
        <source>{name}: {licence} (version not recorded in this installation)</source>
        <translation>{name}: {licence} (versão não registada nesta instalação)</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Licença: {licence}</translation>
    </message>
    <message>
        <source>Font: {family}</source>
        <translation>Tipo de letra: {family}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca do {app}</translation>
    </message>
    <message>
        <source>Offline briefing packs from a library of sourced facts.</source>
        <translation>Dossiers de informação sem ligação à Internet, a partir de uma biblioteca de factos com fontes.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Pasta dos dados: {folder}</translation>
    </message>
    <message>
        <source>Bundled components and their licences:</source>
        <translation>Componentes incluídos e respetivas licenças:</translation>
    </message>
    <message>
        <source>Bundled components</source>
        <translation>Componentes incluídos</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texto da licença</translation>
    </message>
</context>
<context>
    <name>Annex</name>
    <message>
        <source>it is encrypted</source>
        <translation>está encriptado</translation>
    </message>
    <message>
        <source>Word cannot open it (python-docx refused it)</source>
        <translation>o Word não o consegue abrir (o python-docx recusou-o)</translation>
    </message>
    <message>
        <source>does not exist or is not a file</source>
        <translation>não existe ou não é um ficheiro</translation>
    </message>
    <message>
        <source>is {size} MB; the limit is {limit} MB</source>
        <translation>tem {size} MB; o máximo é {limit} MB</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>não pode ser lido ({error})</translation>
    </message>
    <message>
        <source>is a PDF that cannot be used: {reason}</source>
        <translation>é um PDF que não pode ser usado: {reason}</translation>
    </message>
    <message>
        <source>is not a readable PDF ({error})</source>
        <translation>não é um PDF legível ({error})</translation>
    </message>
    <message>
        <source>is a PDF without pages</source>
        <translation>é um PDF sem páginas</translation>
    </message>
    <message>
        <source>is neither a PDF nor a Word (.docx) document (judged by its content)</source>
        <translation>não é um PDF nem um documento Word (.docx) (a julgar pelo conteúdo)</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>lists {count} files; the limit is {limit}</source>
        <translation>indica {count} ficheiros; o máximo é {limit}</translation>
    </message>
    <message>
        <source>annex {number}</source>
        <translation>anexo {number}</translation>
    </message>
    <message>
        <source>is not a field of an annex (path, title)</source>
        <translation>não é um campo de anexo (path, title)</translation>
    </message>
    <message>
        <source>must be one line of text (at most 500 characters)</source>
        <translation>deve ser uma única linha de texto (500 carateres, no máximo)</translation>
    </message>
    <message>
        <source>must be the path of a PDF or Word file, or {{&quot;path&quot;: ..., &quot;title&quot;: ...}}</source>
        <translation>deve ser o caminho de um ficheiro PDF ou Word, ou {{&quot;path&quot;: ..., &quot;title&quot;: ...}}</translation>
    </message>
    <message>
        <source>must be the path of a PDF or Word file</source>
        <translation>deve ser o caminho de um ficheiro PDF ou Word</translation>
    </message>
    <message>
        <source>{path} {reason}</source>
        <translation>{path} {reason}</translation>
    </message>
</context>
<context>
    <name>AnnexList</name>
    <message>
        <source>An&amp;nexes, after the pack (PDF or Word; drop files here):</source>
        <translation>A&amp;nexos, depois do dossier (PDF ou Word; largue os ficheiros aqui):</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>PDF and Word files attached after the pack, in order; drop files here to add them</source>
        <translation>Ficheiros PDF e Word anexados depois do dossier, por ordem; largue ficheiros aqui para os acrescentar</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Acrescentar…</translation>
    </message>
    <message>
        <source>Choose PDF or Word files to attach after the pack</source>
        <translation>Escolher ficheiros PDF ou Word a anexar depois do dossier</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Add annexes</source>
        <translation>Acrescentar anexos</translation>
    </message>
    <message>
        <source>Remove the selected annex</source>
        <translation>Retirar o anexo selecionado</translation>
    </message>
    <message>
        <source>Move the selected annex up</source>
        <translation>Subir o anexo selecionado</translation>
    </message>
    <message>
        <source>Move the selected annex down</source>
        <translation>Descer o anexo selecionado</translation>
    </message>
    <message>
        <source>Attach annexes</source>
        <translation>Anexar ficheiros</translation>
    </message>
    <message>
        <source>PDF and Word files (*.pdf *.docx);;All files (*)</source>
        <translation>Ficheiros PDF e Word (*.pdf *.docx);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Attach &apos;%s&apos;</source>
        <translation>Anexar «%s»</translation>
    </message>
    <message numerus="yes">
        <source>Attach %Ln annexes</source>
        <translation>
            <numerusform>Anexar %Ln ficheiro</numerusform>
            <numerusform>Anexar %Ln ficheiros</numerusform>
        </translation>
    </message>
    <message>
        <source>Move the annex &apos;{name}&apos; up</source>
        <translation>Subir o anexo «{name}»</translation>
    </message>
    <message>
        <source>Move the annex &apos;{name}&apos; down</source>
        <translation>Descer o anexo «{name}»</translation>
    </message>
    <message>
        <source>Remove the annex &apos;%s&apos;</source>
        <translation>Retirar o anexo «%s»</translation>
    </message>
    <message numerus="yes">
        <source>PDF, %Ln page(s)</source>
        <translation>
            <numerusform>PDF, %Ln página</numerusform>
            <numerusform>PDF, %Ln páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Documento Word</translation>
    </message>
    <message>
        <source>Annex {letter}: {name}</source>
        <translation>Anexo {letter}: {name}</translation>
    </message>
    <message>
        <source>Annexes: %d files; the limit is %d.</source>
        <translation>Anexos: %d ficheiros; o limite é %d.</translation>
    </message>
    <message>
        <source>Annex %d: %s %s</source>
        <translation>Anexo %d: %s %s</translation>
    </message>
</context>
<context>
    <name>AttendeeList</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>%s: attendees</source>
        <translation>%s: participantes</translation>
    </message>
    <message>
        <source>Select every attendee</source>
        <translation>Selecionar todos os participantes</translation>
    </message>
    <message>
        <source>Type a name, or part of one to find people in the library (Down, Enter to pick); then Enter or Add</source>
        <translation>Escreva um nome, ou parte dele para encontrar pessoas na biblioteca (Baixo, Enter para escolher); depois Enter ou Acrescentar</translation>
    </message>
    <message>
        <source>%s: new attendee&apos;s name</source>
        <translation>%s: nome do novo participante</translation>
    </message>
    <message>
        <source>Type part of a name: people in the library are offered; or keep the name as typed</source>
        <translation>Escreva parte de um nome: são propostas pessoas da biblioteca; ou mantenha o nome como o escreveu</translation>
    </message>
    <message>
        <source>The attendee&apos;s role as printed; empty for a library person: the library&apos;s role</source>
        <translation>O cargo do participante tal como impresso; vazio para uma pessoa da biblioteca: o cargo registado</translation>
    </message>
    <message>
        <source>%s: new attendee&apos;s role</source>
        <translation>%s: cargo do novo participante</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Acrescentar</translation>
    </message>
    <message>
        <source>Add the attendee to %s</source>
        <translation>Acrescentar o participante a %s</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Remove the selected attendee from %s</source>
        <translation>Retirar o participante selecionado de %s</translation>
    </message>
    <message>
        <source>Move the selected attendee up</source>
        <translation>Subir o participante selecionado</translation>
    </message>
    <message>
        <source>Move the selected attendee down</source>
        <translation>Descer o participante selecionado</translation>
    </message>
    <message>
        <source>%s: people in the library matching the name</source>
        <translation>%s: pessoas da biblioteca que correspondem ao nome</translation>
    </message>
    <message>
        <source>(not in the library: %s)</source>
        <translation>(não está na biblioteca: %s)</translation>
    </message>
    <message>
        <source>From the library: %s</source>
        <translation>Da biblioteca: %s</translation>
    </message>
    <message>
        <source>The library&apos;s role, printed unless you type another here</source>
        <translation>O cargo registado na biblioteca, impresso a não ser que escreva outro aqui</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cannot create the backup folder {folder}: {error}.</source>
        <translation>Não é possível criar a pasta das cópias de segurança {folder}: {error}.</translation>
    </message>
    <message>
        <source>Cannot write the backup {file}: {error}.</source>
        <translation>Não é possível escrever a cópia de segurança {file}: {error}.</translation>
    </message>
    <message>
        <source>The backup to {file} failed: {error}.</source>
        <translation>A cópia de segurança para {file} falhou: {error}.</translation>
    </message>
    <message>
        <source>cannot be opened: {error}</source>
        <translation>não pode ser aberta: {error}</translation>
    </message>
    <message>
        <source>is not a Briefing Builder library</source>
        <translation>não é uma biblioteca do Briefing Builder</translation>
    </message>
    <message>
        <source>was made by a newer version of the app (schema {version})</source>
        <translation>foi criada por uma versão mais recente da aplicação (esquema {version})</translation>
    </message>
    <message>
        <source>is damaged ({detail})</source>
        <translation>está danificada ({detail})</translation>
    </message>
    <message>
        <source>This library is read-only here; a backup cannot be restored into it.</source>
        <translation>Aqui, esta biblioteca é só de leitura; não é possível restaurar nela uma cópia de segurança.</translation>
    </message>
    <message>
        <source>The backup {name} cannot be restored: it {problem}.</source>
        <translation>A cópia de segurança {name} não pode ser restaurada: {problem}.</translation>
    </message>
    <message>
        <source>Restoring {name} failed ({error}); the library is as it was, and a copy of it is in {safety}.</source>
        <translation>O restauro de {name} falhou ({error}); a biblioteca ficou como estava, e há uma cópia dela em {safety}.</translation>
    </message>
</context>
<context>
    <name>CheckLibraryDialog</name>
    <message>
        <source>Check library</source>
        <translation>Verificar a biblioteca</translation>
    </message>
    <message>
        <source>Checking the library…</source>
        <translation>A verificar a biblioteca…</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <source>Each problem the check found, one per line</source>
        <translation>Cada problema encontrado na verificação, um por linha</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>&amp;Reparar</translation>
    </message>
    <message>
        <source>Rebuild the search index from the items (nothing else is changed)</source>
        <translation>Reconstruir o índice de pesquisa a partir dos elementos (nada mais é alterado)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Verificar de novo</translation>
    </message>
    <message>
        <source>Repairing the search index…</source>
        <translation>A reparar o índice de pesquisa…</translation>
    </message>
    <message>
        <source>The check could not be completed.</source>
        <translation>Não foi possível concluir a verificação.</translation>
    </message>
    <message>
        <source>Checking the library</source>
        <translation>Verificação da biblioteca</translation>
    </message>
    <message>
        <source>The library is healthy: integrity, foreign keys, schema and search index are all in order.</source>
        <translation>A biblioteca está em bom estado: integridade, chaves estrangeiras, esquema e índice de pesquisa estão em ordem.</translation>
    </message>
    <message>
        <source>Repaired: the search index was rebuilt. {state}</source>
        <translation>Reparada: o índice de pesquisa foi reconstruído. {state}</translation>
    </message>
    <message>
        <source>The search index does not match the items. Repair rebuilds it from the items; no item is changed.</source>
        <translation>O índice de pesquisa não corresponde aos elementos. Reparar reconstrói-o a partir dos elementos; nenhum elemento é alterado.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found that cannot be repaired here. Use Library ▸ Restore backup to go back to a copy taken before they appeared.</source>
        <translation>
            <numerusform>%Ln problema encontrado que não pode ser reparado aqui. Use Biblioteca ▸ Restaurar cópia de segurança para voltar a uma cópia feita antes de ele surgir.</numerusform>
            <numerusform>%Ln problemas encontrados que não podem ser reparados aqui. Use Biblioteca ▸ Restaurar cópia de segurança para voltar a uma cópia feita antes de surgirem.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Configuration</name>
    <message>
        <source>must be text in quotes</source>
        <translation>deve ser um texto entre aspas</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %Ln characters</source>
        <translation>
            <numerusform>excede %Ln carácter</numerusform>
            <numerusform>excede %Ln caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>must be one of {options}</source>
        <translation>deve ser um dos valores seguintes: {options}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>deve ser true ou false</translation>
    </message>
    <message>
        <source>must be a non-empty list of markings, lowest first, e.g. [&quot;UNCLASSIFIED&quot;, &quot;SECRET&quot;]</source>
        <translation>deve ser uma lista não vazia de classificações, da mais baixa para a mais elevada, por exemplo [&quot;UNCLASSIFIED&quot;, &quot;SECRET&quot;]</translation>
    </message>
    <message>
        <source>lists a marking twice</source>
        <translation>indica a mesma classificação duas vezes</translation>
    </message>
    <message>
        <source>must be an octal file mode in quotes, e.g. &quot;0600&quot; or &quot;0640&quot;</source>
        <translation>deve ser um modo de ficheiro octal entre aspas, por exemplo &quot;0600&quot; ou &quot;0640&quot;</translation>
    </message>
    <message>
        <source>must let the owner read and write the file (e.g. &quot;0600&quot;)</source>
        <translation>deve permitir ao proprietário ler e escrever o ficheiro (por exemplo &quot;0600&quot;)</translation>
    </message>
    <message>
        <source>must be a list of setting names such as &quot;organisation.name&quot;</source>
        <translation>deve ser uma lista de nomes de definições como &quot;organisation.name&quot;</translation>
    </message>
    <message>
        <source>names an unknown setting {name}</source>
        <translation>indica uma definição desconhecida, {name}</translation>
    </message>
    <message>
        <source>The configuration file {path} is not valid TOML: {error}.</source>
        <translation>O ficheiro de configuração {path} não é TOML válido: {error}.</translation>
    </message>
    <message>
        <source>Cannot read the configuration file {path}: {error}.</source>
        <translation>Não é possível ler o ficheiro de configuração {path}: {error}.</translation>
    </message>
    <message>
        <source>In {path}: &apos;{section}&apos; must be a [section], e.g. [organisation].</source>
        <translation>Em {path}: «{section}» deve ser uma [secção], por exemplo [organisation].</translation>
    </message>
    <message>
        <source>In {path}: unknown setting &apos;{name}&apos; (known settings: {known}).</source>
        <translation>Em {path}: definição desconhecida «{name}» (definições conhecidas: {known}).</translation>
    </message>
    <message>
        <source>In {path}: setting &apos;{name}&apos; {problem}.</source>
        <translation>Em {path}: a definição «{name}» {problem}.</translation>
    </message>
    <message>
        <source>In {path}: setting &apos;{name}&apos; can only be set by IT, in a system-wide configuration file or beside the executable.</source>
        <translation>Em {path}: a definição «{name}» só pode ser fixada pelos serviços informáticos, num ficheiro de configuração do sistema ou junto do executável.</translation>
    </message>
    <message>
        <source>The environment variable {variable} {problem}.</source>
        <translation>A variável de ambiente {variable} {problem}.</translation>
    </message>
    <message>
        <source>the built-in defaults</source>
        <translation>os valores predefinidos</translation>
    </message>
    <message>
        <source>In {origin}: setting &apos;classification.default&apos; is {marking}, which is not one of the allowed markings ({markings}).</source>
        <translation>Em {origin}: a definição «classification.default» é {marking}, que não é uma das classificações permitidas ({markings}).</translation>
    </message>
    <message>
        <source>No user settings file is known.</source>
        <translation>Não se conhece nenhum ficheiro de definições do utilizador.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;{name}&apos;.</source>
        <translation>Definição desconhecida «{name}».</translation>
    </message>
    <message>
        <source>The setting &apos;{name}&apos; is set by your organisation and cannot be changed here.</source>
        <translation>A definição «{name}» é fixada pela sua organização e não pode ser alterada aqui.</translation>
    </message>
</context>
<context>
    <name>CountriesPage</name>
    <message>
        <source>Find a country by name or code…</source>
        <translation>Procurar um país pelo nome ou código…</translation>
    </message>
    <message>
        <source>Find a country</source>
        <translation>Procurar um país</translation>
    </message>
    <message>
        <source>Language of country names</source>
        <translation>Língua dos nomes dos países</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos os países</translation>
    </message>
    <message>
        <source>African Union members</source>
        <translation>Membros da União Africana</translation>
    </message>
    <message>
        <source>AU: {region}</source>
        <translation>UA: {region}</translation>
    </message>
    <message>
        <source>Country group</source>
        <translation>Grupo de países</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>Escolha um país</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Dated statuses</source>
        <translation>Situações datadas</translation>
    </message>
    <message>
        <source>Your notes on this country (saved in the library)</source>
        <translation>As suas notas sobre este país (guardadas na biblioteca)</translation>
    </message>
    <message>
        <source>Country notes</source>
        <translation>Notas sobre o país</translation>
    </message>
    <message>
        <source>Save &amp;notes</source>
        <translation>Guardar as &amp;notas</translation>
    </message>
    <message>
        <source>Choose or type a topic</source>
        <translation>Escolha ou escreva um tema</translation>
    </message>
    <message>
        <source>e.g. ratified, signed</source>
        <translation>p. ex. ratificado, assinado</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-DD, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <source>&amp;Add status</source>
        <translation>&amp;Acrescentar situação</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>New status topic</source>
        <translation>Tema da nova situação</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Situação:</translation>
    </message>
    <message>
        <source>New status status</source>
        <translation>Valor da nova situação</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Data de referência:</translation>
    </message>
    <message>
        <source>New status as of</source>
        <translation>Data da nova situação</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fonte:</translation>
    </message>
    <message>
        <source>New status source</source>
        <translation>Fonte da nova situação</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Observação:</translation>
    </message>
    <message>
        <source>New status note</source>
        <translation>Observação da nova situação</translation>
    </message>
    <message>
        <source>Record a dated, sourced status</source>
        <translation>Registar uma situação datada e com fonte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Loading the countries</source>
        <translation>Carregamento dos países</translation>
    </message>
    <message>
        <source>— choose the source —</source>
        <translation>— escolha a fonte —</translation>
    </message>
    <message>
        <source>{language}: {name}</source>
        <translation>{language}: {name}</translation>
    </message>
    <message>
        <source>African Union member state, {region} region</source>
        <translation>Estado-membro da União Africana, região {region}</translation>
    </message>
    <message>
        <source> (as the {au_name})</source>
        <translation> (com o nome «{au_name}»)</translation>
    </message>
    <message>
        <source>Not an African Union member state</source>
        <translation>Não é Estado-membro da União Africana</translation>
    </message>
    <message>
        <source>No statuses recorded</source>
        <translation>Nenhuma situação registada</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>data desconhecida</translation>
    </message>
    <message>
        <source> [confidence {mark}]</source>
        <translation> [fiabilidade {mark}]</translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <translation>Fonte: {citation}</translation>
    </message>
    <message>
        <source>Saved the notes on {country}.</source>
        <translation>Notas sobre {country} guardadas.</translation>
    </message>
    <message>
        <source>Edit the notes on {country}</source>
        <translation>Editar as notas sobre {country}</translation>
    </message>
    <message>
        <source>Saving the notes</source>
        <translation>Gravação das notas</translation>
    </message>
    <message>
        <source>Recorded {topic}: {status}.</source>
        <translation>Registado: {topic}: {status}.</translation>
    </message>
    <message>
        <source>Add status {topic}: {status} ({code})</source>
        <translation>Acrescentar a situação {topic}: {status} ({code})</translation>
    </message>
    <message>
        <source>Recording the status</source>
        <translation>Registo da situação</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <source>File &amp;reference:</source>
        <translation>&amp;Referência de arquivo:</translation>
    </message>
    <message>
        <source>Versi&amp;on:</source>
        <translation>&amp;Versão:</translation>
    </message>
    <message>
        <source>e.g. 2</source>
        <translation>p. ex. 2</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>Preparado &amp;por:</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Des&amp;k:</source>
        <translation>&amp;Serviço:</translation>
    </message>
    <message>
        <source>desk or team</source>
        <translation>serviço ou equipa</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <source>e.g. +44 20 0000 0000</source>
        <translation>p. ex. +44 20 0000 0000</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>&amp;Correio eletrónico:</translation>
    </message>
    <message>
        <source>&amp;Cleared by:</source>
        <translation>&amp;Aprovado por:</translation>
    </message>
    <message>
        <source>&amp;Date prepared:</source>
        <translation>&amp;Data de preparação:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>{what}: {message}</source>
        <translation>{what}: {message}</translation>
    </message>
    <message>
        <source>{what} did not succeed.</source>
        <translation>Não foi possível concluir: {what}.</translation>
    </message>
    <message>
        <source>{what} did not succeed</source>
        <translation>Não foi possível concluir: {what}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The library file looks damaged ({error}). Use Library ▸ Check library (&apos;briefing-builder library check&apos;), or restore a backup.</source>
        <translation>O ficheiro da biblioteca parece danificado ({error}). Utilize Biblioteca ▸ Verificar a biblioteca («briefing-builder library check») ou restaure uma cópia de segurança.</translation>
    </message>
    <message>
        <source>{reason}: {file}</source>
        <translation>{reason}: {file}</translation>
    </message>
    <message>
        <source>The computer ran out of memory. Close other programs, or build a smaller pack.</source>
        <translation>O computador ficou sem memória. Feche outros programas ou prepare um dossier mais curto.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}). Nothing was changed.</source>
        <translation>Ocorreu um erro inesperado ({error}). Nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Unknown format {format}; choose from {formats}.</source>
        <translation>Formato desconhecido {format}; escolha entre {formats}.</translation>
    </message>
    <message>
        <source>{file} already exists; nothing was written.</source>
        <translation>{file} já existe; nada foi escrito.</translation>
    </message>
    <message numerus="yes">
        <source>{file} already exists (and %Ln more of the pack&apos;s files); nothing was written.</source>
        <translation>
            <numerusform>{file} já existe (e mais %Ln ficheiro do dossier); nada foi escrito.</numerusform>
            <numerusform>{file} já existe (e mais %Ln ficheiros do dossier); nada foi escrito.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file name is empty once unsafe characters are removed.</source>
        <translation>O nome do ficheiro fica vazio depois de retirados os carateres não seguros.</translation>
    </message>
    <message>
        <source>No free file name like {name} in {folder}.</source>
        <translation>Não há nenhum nome de ficheiro livre semelhante a {name} em {folder}.</translation>
    </message>
    <message>
        <source>Cannot write to {folder}: {error}; nothing was changed.</source>
        <translation>Não é possível escrever em {folder}: {error}; nada foi alterado.</translation>
    </message>
    <message>
        <source>The new files in {folder} could not all be put in place ({error}: {file}); the next build into this folder completes it.</source>
        <translation>Não foi possível colocar todos os novos ficheiros em {folder} ({error}: {file}); a próxima geração nesta pasta conclui a operação.</translation>
    </message>
    <message>
        <source>Cannot finish or remove the files an earlier export left in {folder}: {error}.</source>
        <translation>Não é possível concluir nem remover os ficheiros que uma exportação anterior deixou em {folder}: {error}.</translation>
    </message>
    <message>
        <source>The export journal {journal} cannot be read ({error}); move it away to continue.</source>
        <translation>Não é possível ler o registo de exportação {journal} ({error}); mova-o para outro local para continuar.</translation>
    </message>
    <message>
        <source>The export journal {journal} names a file that is not its own: {name}.</source>
        <translation>O registo de exportação {journal} indica um ficheiro que não é seu: {name}.</translation>
    </message>
    <message>
        <source>The export journal {journal} names {name}, which is not a plain file name.</source>
        <translation>O registo de exportação {journal} indica {name}, que não é um simples nome de ficheiro.</translation>
    </message>
    <message>
        <source>The pack&apos;s file list for {folder} names {name}, which is not a plain file name.</source>
        <translation>A lista de ficheiros do dossier para {folder} indica {name}, que não é um simples nome de ficheiro.</translation>
    </message>
    <message>
        <source>Cannot open the output folder {folder}: {error}.</source>
        <translation>Não é possível abrir a pasta de saída {folder}: {error}.</translation>
    </message>
    <message>
        <source>Cannot lock the output folder {folder}: {error}.</source>
        <translation>Não é possível bloquear a pasta de saída {folder}: {error}.</translation>
    </message>
    <message>
        <source>The Word annex {title} cannot be opened ({error}).</source>
        <translation>Não é possível abrir o anexo Word {title} ({error}).</translation>
    </message>
    <message>
        <source>The output folder {folder} does not exist.</source>
        <translation>A pasta de saída {folder} não existe.</translation>
    </message>
    <message>
        <source>The output path {folder} is not a folder.</source>
        <translation>O caminho de saída {folder} não é uma pasta.</translation>
    </message>
    <message>
        <source>The output folder {folder} is not writable.</source>
        <translation>Não é possível escrever na pasta de saída {folder}.</translation>
    </message>
    <message>
        <source>The organisation logo {path} cannot be read ({error}).</source>
        <translation>Não é possível ler o logótipo da organização {path} ({error}).</translation>
    </message>
    <message>
        <source>An annex cannot be read as a PDF ({error}).</source>
        <translation>Não é possível ler um anexo como PDF ({error}).</translation>
    </message>
    <message>
        <source>The photo of {name} cannot be read ({error}).</source>
        <translation>Não é possível ler a fotografia de {name} ({error}).</translation>
    </message>
    <message>
        <source>The photo of a person cannot be read ({error}).</source>
        <translation>Não é possível ler a fotografia de uma pessoa ({error}).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the pack</source>
        <translation>Exportar o dossier</translation>
    </message>
    <message>
        <source>&amp;Word (.docx), to edit</source>
        <translation>&amp;Word (.docx), para editar</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Documento Word</translation>
    </message>
    <message>
        <source>Write a Word document (.docx) to edit</source>
        <translation>Escrever um documento Word (.docx) para editar</translation>
    </message>
    <message>
        <source>P&amp;DF, to read and print</source>
        <translation>P&amp;DF, para ler e imprimir</translation>
    </message>
    <message>
        <source>Write a PDF file to read and print</source>
        <translation>Escrever um ficheiro PDF para ler e imprimir</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>Browse for the folder</source>
        <translation>Procurar a pasta</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nome do ficheiro</translation>
    </message>
    <message>
        <source>The name of the files, without .docx or .pdf</source>
        <translation>O nome dos ficheiros, sem .docx nem .pdf</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formatos:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>Pa&amp;sta:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nome do ficheiro:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar para</translation>
    </message>
    <message>
        <source>Tick Word, PDF or both.</source>
        <translation>Assinale Word, PDF ou ambos.</translation>
    </message>
    <message>
        <source>Choose the folder to export to.</source>
        <translation>Escolha a pasta de destino.</translation>
    </message>
    <message>
        <source>Give the files a name.</source>
        <translation>Dê um nome aos ficheiros.</translation>
    </message>
    <message>
        <source>Files already exist</source>
        <translation>Os ficheiros já existem</translation>
    </message>
    <message>
        <source>{folder} already holds files named “{name}”:</source>
        <translation>{folder} já contém ficheiros com o nome «{name}»:</translation>
    </message>
    <message>
        <source>Replace them, or keep both and name the new files “{name}”?</source>
        <translation>Substituí-los, ou manter ambos e dar aos novos ficheiros o nome «{name}»?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Substituir</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Manter ambos</translation>
    </message>
    <message>
        <source>Replace the existing files with the new ones</source>
        <translation>Substituir os ficheiros existentes pelos novos</translation>
    </message>
    <message>
        <source>Keep the existing files; the new ones are named {name}</source>
        <translation>Manter os ficheiros existentes; os novos recebem o nome {name}</translation>
    </message>
    <message>
        <source>Do not export</source>
        <translation>Não exportar</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportação concluída</translation>
    </message>
    <message>
        <source>The pack is marked {marking}.</source>
        <translation>O dossier tem a classificação {marking}.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>Mo&amp;strar na pasta</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>A pasta {folder} não existe.</translation>
    </message>
    <message>
        <source>Cannot write to {folder}: {reason}.</source>
        <translation>Não é possível escrever em {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Não é possível escrever {path}: {reason}.</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>permissão negada</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>ficheiro ou pasta inexistente</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>é uma pasta</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>o disco é só de leitura</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>seed file {file}</source>
        <translation>ficheiro de dados iniciais {file}</translation>
    </message>
    <message>
        <source>is not valid TOML ({error})</source>
        <translation>não é TOML válido ({error})</translation>
    </message>
    <message>
        <source>seed file translations/{file}</source>
        <translation>ficheiro de dados iniciais translations/{file}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>é obrigatório</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>tem de ser uma tabela</translation>
    </message>
    <message>
        <source>seed file translations/{file}, {record} {key}</source>
        <translation>ficheiro de dados iniciais translations/{file}, {record} {key}</translation>
    </message>
    <message>
        <source>seed file translations/{file}, status_note {index}</source>
        <translation>ficheiro de dados iniciais translations/{file}, status_note {index}</translation>
    </message>
    <message>
        <source>seed file {file}, item {index} ({uid})</source>
        <translation>ficheiro de dados iniciais {file}, elemento {index} ({uid})</translation>
    </message>
    <message>
        <source>must be an object keyed by language code</source>
        <translation>tem de ser um objeto cujas chaves são códigos de língua</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}.</source>
        <translation>Não é possível ler {path}: {error}.</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>não é texto UTF-8</translation>
    </message>
    <message>
        <source>{file} line {line} column {column}</source>
        <translation>{file} linha {line} coluna {column}</translation>
    </message>
    <message>
        <source>is not valid JSON ({error})</source>
        <translation>não é JSON válido ({error})</translation>
    </message>
    <message>
        <source>is nested too deeply to be a library file</source>
        <translation>está demasiado aninhado para ser um ficheiro de biblioteca</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>o ficheiro está vazio</translation>
    </message>
    <message>
        <source>is not a known column (known: {columns})</source>
        <translation>não é uma coluna conhecida (conhecidas: {columns})</translation>
    </message>
    <message>
        <source>column is missing</source>
        <translation>coluna em falta</translation>
    </message>
    <message>
        <source>has {cells} cells; the header has {columns}</source>
        <translation>tem {cells} células; o cabeçalho tem {columns}</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>tem de ser um número inteiro igual ou superior a 1</translation>
    </message>
    <message>
        <source>{list}[{index}]</source>
        <translation>{list}[{index}]</translation>
    </message>
    <message>
        <source>{list}[{index}] ({uid})</source>
        <translation>{list}[{index}] ({uid})</translation>
    </message>
    <message>
        <source>{where} translations.{language}</source>
        <translation>{where}, translations.{language}</translation>
    </message>
    <message>
        <source>{where} statuses[{index}]</source>
        <translation>{where}, statuses[{index}]</translation>
    </message>
    <message>
        <source>{file} line {line}</source>
        <translation>{file} linha {line}</translation>
    </message>
    <message>
        <source>is not valid CSV ({error})</source>
        <translation>não é CSV válido ({error})</translation>
    </message>
    <message>
        <source>{uid} appears twice in the file</source>
        <translation>{uid} aparece duas vezes no ficheiro</translation>
    </message>
    <message>
        <source>no source has the uid {uid}</source>
        <translation>nenhuma fonte tem o uid {uid}</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>tem de ser um objeto</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>tem de ser uma lista</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>não é um campo conhecido</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ficheiro</translation>
    </message>
    <message>
        <source>must hold a JSON object with &apos;sources&apos;, &apos;items&apos; and &apos;countries&apos;</source>
        <translation>tem de conter um objeto JSON com &apos;sources&apos;, &apos;items&apos; e &apos;countries&apos;</translation>
    </message>
    <message>
        <source>must be {name}</source>
        <translation>tem de ser {name}</translation>
    </message>
    <message>
        <source>{version} is newer than this version of Briefing Builder reads ({latest})</source>
        <translation>{version} é mais recente do que esta versão do Briefing Builder consegue ler ({latest})</translation>
    </message>
    <message>
        <source>no source has the uid {uid} (in the file or the library)</source>
        <translation>nenhuma fonte tem o uid {uid} (no ficheiro ou na biblioteca)</translation>
    </message>
    <message>
        <source>{code} is not an ISO 3166-1 country</source>
        <translation>{code} não é um país ISO 3166-1</translation>
    </message>
    <message>
        <source>is required for an item with translations</source>
        <translation>é obrigatório para um elemento com traduções</translation>
    </message>
    <message>
        <source>{code} is not an ISO 3166-1 alpha-3 code</source>
        <translation>{code} não é um código ISO 3166-1 alfa-3</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>tem de ser true ou false</translation>
    </message>
    <message>
        <source>must be one of {regions} or null</source>
        <translation>tem de ser um de {regions} ou null</translation>
    </message>
    <message>
        <source>is required when au_member is true</source>
        <translation>é obrigatório quando au_member é true</translation>
    </message>
    <message>
        <source>must be a list of biography lines</source>
        <translation>tem de ser uma lista de linhas de biografia</translation>
    </message>
    <message>
        <source>must be an object with the image as base64 &apos;data&apos;, or null</source>
        <translation>tem de ser um objeto com a imagem em base64 em &apos;data&apos;, ou null</translation>
    </message>
    <message>
        <source>must be the image file as base64 text</source>
        <translation>tem de ser o ficheiro de imagem como texto base64</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>não é base64 válido</translation>
    </message>
    <message>
        <source>does not match the image data (the file was damaged or edited by hand)</source>
        <translation>não corresponde aos dados da imagem (o ficheiro foi danificado ou editado à mão)</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation>Nenhum elemento selecionado</translation>
    </message>
    <message>
        <source>paragraph, section or page</source>
        <translation>parágrafo, secção ou página</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-DD, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>AAAA-MM-DD (opcional)</translation>
    </message>
    <message>
        <source>comma-separated, e.g. summit-2019, key-figures</source>
        <translation>separados por vírgulas, p. ex. summit-2019, key-figures</translation>
    </message>
    <message>
        <source>comma-separated: {codes}</source>
        <translation>separados por vírgulas: {codes}</translation>
    </message>
    <message>
        <source>ISO codes, comma-separated, e.g. ETH, KEN</source>
        <translation>códigos ISO separados por vírgulas, p. ex. ETH, KEN</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Locator</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Data de referência</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Rever até</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Quadros</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilidade</translation>
    </message>
    <message>
        <source>Editorial notes</source>
        <translation>Notas editoriais</translation>
    </message>
    <message>
        <source>{field} error</source>
        <translation>Erro: {field}</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>For example: {example}</source>
        <translation>Por exemplo: {example}</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save this item (Ctrl+S)</source>
        <translation>Guardar este elemento (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Reverter</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Eli&amp;minar…</translation>
    </message>
    <message>
        <source>Translations…</source>
        <translation>Traduções…</translation>
    </message>
    <message>
        <source>Translate this item into another language, side by side</source>
        <translation>Traduzir este elemento para outra língua, lado a lado</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não guardadas</translation>
    </message>
    <message>
        <source>— choose a source —</source>
        <translation>— escolha uma fonte —</translation>
    </message>
    <message>
        <source>uid {uid} · revision {revision} · created {created} · updated {updated}</source>
        <translation>uid {uid} · revisão {revision} · criado em {created} · atualizado em {updated}</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Novo elemento</translation>
    </message>
    <message>
        <source>Every item needs a source; add one under Sources if it is not listed.</source>
        <translation>Cada elemento precisa de uma fonte; acrescente-a em Fontes se não estiver na lista.</translation>
    </message>
    <message>
        <source>{code} is not an ISO 3166 country code</source>
        <translation>{code} não é um código de país ISO 3166</translation>
    </message>
    <message>
        <source>is not one of the configured markings</source>
        <translation>não é uma das classificações configuradas</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>é obrigatório</translation>
    </message>
    <message>
        <source>• Unsaved changes</source>
        <translation>• Alterações não guardadas</translation>
    </message>
</context>
<context>
    <name>ItemPickerDialog</name>
    <message>
        <source>Add an item to “{section}”</source>
        <translation>Acrescentar um elemento a «{section}»</translation>
    </message>
    <message>
        <source>Add an item from the library</source>
        <translation>Acrescentar um elemento da biblioteca</translation>
    </message>
    <message>
        <source>Search the library…</source>
        <translation>Pesquisar na biblioteca…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Pesquisar na biblioteca</translation>
    </message>
    <message>
        <source>Words, prefixes or &quot;a phrase&quot;; the list below updates as you type</source>
        <translation>Palavras, prefixos ou &quot;uma expressão&quot;; a lista atualiza-se à medida que escreve</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Pesquisar:</translation>
    </message>
    <message>
        <source>Matching items</source>
        <translation>Elementos correspondentes</translation>
    </message>
    <message>
        <source>Enter or a double-click adds the item</source>
        <translation>Enter ou um duplo clique acrescenta o elemento</translation>
    </message>
    <message>
        <source>&amp;Matching items:</source>
        <translation>Elementos &amp;correspondentes:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Acrescentar</translation>
    </message>
    <message>
        <source>Add the selected item</source>
        <translation>Acrescentar o elemento selecionado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The search failed: {error}</source>
        <translation>A pesquisa falhou: {error}</translation>
    </message>
    <message>
        <source>Search for an item, then select it</source>
        <translation>Pesquise um elemento e depois selecione-o</translation>
    </message>
</context>
<context>
    <name>ItemsTableModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Review was due on {date}.</source>
        <translation>A revisão estava prevista para {date}.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Move it aside and run &apos;briefing-builder library init&apos; to start a new library, or restore a copy from {folder}.</source>
        <translation>Mova-o para outro local e execute «briefing-builder library init» para criar uma nova biblioteca, ou restaure uma cópia de {folder}.</translation>
    </message>
    <message>
        <source>The library path {path} is a folder, not a file. {what_to_do}</source>
        <translation>O caminho da biblioteca {path} é uma pasta, não um ficheiro. {what_to_do}</translation>
    </message>
    <message>
        <source>Cannot open the library file {path}: {error}. {what_to_do}</source>
        <translation>Não é possível abrir o ficheiro da biblioteca {path}: {error}. {what_to_do}</translation>
    </message>
    <message>
        <source>The file {path} is not a readable library ({error}). {what_to_do}</source>
        <translation>O ficheiro {path} não é uma biblioteca legível ({error}). {what_to_do}</translation>
    </message>
    <message>
        <source>The file {path} is an SQLite database but not a Briefing Builder library. {what_to_do}</source>
        <translation>O ficheiro {path} é uma base de dados SQLite, mas não uma biblioteca do Briefing Builder. {what_to_do}</translation>
    </message>
    <message>
        <source>The library {path} was made by a newer version of Briefing Builder (schema {schema}; this version understands up to {supported}). It was not modified: install the newer version to use it.</source>
        <translation>A biblioteca {path} foi criada por uma versão mais recente do Briefing Builder (esquema {schema}; esta versão compreende até ao esquema {supported}). Não foi modificada: instale a versão mais recente para a utilizar.</translation>
    </message>
    <message>
        <source>There is no library at {path}. Run &apos;briefing-builder library init&apos; to create one.</source>
        <translation>Não existe nenhuma biblioteca em {path}. Execute «briefing-builder library init» para criar uma.</translation>
    </message>
    <message>
        <source>The library {path} needs to be created or upgraded, but it was opened read-only.</source>
        <translation>A biblioteca {path} tem de ser criada ou atualizada, mas foi aberta só de leitura.</translation>
    </message>
    <message>
        <source>Cannot create the library folder {folder}: {error}.</source>
        <translation>Não é possível criar a pasta da biblioteca {folder}: {error}.</translation>
    </message>
    <message>
        <source>Cannot create the library {path}: {error}.</source>
        <translation>Não é possível criar a biblioteca {path}: {error}.</translation>
    </message>
    <message>
        <source>Cannot open the library {path}: {error}.</source>
        <translation>Não é possível abrir a biblioteca {path}: {error}.</translation>
    </message>
    <message>
        <source>The library {path} could not be prepared ({error}). {what_to_do}</source>
        <translation>Não foi possível preparar a biblioteca {path} ({error}). {what_to_do}</translation>
    </message>
    <message>
        <source>The library is read-only here: editing is turned off by the configuration.</source>
        <translation>Aqui, a biblioteca é só de leitura: a configuração desativa a edição.</translation>
    </message>
    <message>
        <source>No source has the id or uid {key}.</source>
        <translation>Nenhuma fonte tem o id ou o uid {key}.</translation>
    </message>
    <message numerus="yes">
        <source>The source {title} is cited %Ln time(s); point those records at another source before deleting it.</source>
        <translation>
            <numerusform>A fonte {title} é citada %Ln vez; aponte esses registos para outra fonte antes de a eliminar.</numerusform>
            <numerusform>A fonte {title} é citada %Ln vezes; aponte esses registos para outra fonte antes de a eliminar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No item has the id or uid {key}.</source>
        <translation>Nenhum elemento tem o id ou o uid {key}.</translation>
    </message>
    <message>
        <source>The item {title} was changed elsewhere (revision {revision}, you edited revision {expected}); reload it and apply your edit again.</source>
        <translation>O elemento {title} foi alterado noutro local (revisão {revision}, editou a revisão {expected}); recarregue-o e volte a aplicar a sua alteração.</translation>
    </message>
    <message>
        <source>Unknown sort order {order}; use one of {orders}.</source>
        <translation>Ordem de ordenação desconhecida {order}; utilize uma das seguintes: {orders}.</translation>
    </message>
    <message>
        <source>The search {query} could not be run ({error}).</source>
        <translation>Não foi possível executar a pesquisa {query} ({error}).</translation>
    </message>
    <message>
        <source>No country has the code {code} (use ISO codes such as ETH or ET).</source>
        <translation>Nenhum país tem o código {code} (utilize códigos ISO como ETH ou ET).</translation>
    </message>
    <message>
        <source>No country status has the id {id}.</source>
        <translation>Nenhuma situação de país tem o id {id}.</translation>
    </message>
    <message>
        <source>integrity: {detail}</source>
        <translation>integridade: {detail}</translation>
    </message>
    <message>
        <source>foreign key: {table} row {row} points to a missing {parent} record</source>
        <translation>chave estrangeira: a linha {row} de {table} aponta para um registo {parent} em falta</translation>
    </message>
    <message>
        <source>schema: version {version}, expected {expected}</source>
        <translation>esquema: versão {version}, esperada a versão {expected}</translation>
    </message>
    <message>
        <source>search index: {table} does not match the items ({error}); run &apos;briefing-builder library check --repair&apos;</source>
        <translation>índice de pesquisa: {table} não corresponde aos elementos ({error}); execute «briefing-builder library check --repair»</translation>
    </message>
    <message>
        <source>database: {error}</source>
        <translation>base de dados: {error}</translation>
    </message>
    <message>
        <source>This library is read-only here; it cannot be repaired.</source>
        <translation>Aqui, esta biblioteca é só de leitura; não pode ser reparada.</translation>
    </message>
    <message>
        <source>incomplete SQL statement in migration: {statement}</source>
        <translation>instrução SQL incompleta na migração: {statement}</translation>
    </message>
    <message>
        <source>the items table&apos;s kind constraint is not the one 0001 created</source>
        <translation>a restrição de tipo da tabela items não é a que 0001 criou</translation>
    </message>
</context>
<context>
    <name>LibraryCommand</name>
    <message>
        <source>Redone: {what}.</source>
        <translation>Refeito: {what}.</translation>
    </message>
    <message>
        <source>Redoing “{what}”</source>
        <translation>Refazer «{what}»</translation>
    </message>
    <message>
        <source>Undone: {what}.</source>
        <translation>Anulado: {what}.</translation>
    </message>
    <message>
        <source>Undoing “{what}”</source>
        <translation>Anular «{what}»</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Search titles, text and tags… (Ctrl+F)</source>
        <translation>Pesquisar títulos, texto e etiquetas… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Pesquisar na biblioteca</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos os tipos</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtro por tipo</translation>
    </message>
    <message>
        <source>All frameworks</source>
        <translation>Todos os quadros</translation>
    </message>
    <message>
        <source>Framework filter</source>
        <translation>Filtro por quadro</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas as etiquetas</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Filtro por etiqueta</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos os países</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>Filtro por país</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todas as línguas</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Filtro por língua</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>A rever</translation>
    </message>
    <message>
        <source>Only items whose review-by date has passed</source>
        <translation>Apenas os elementos cuja data de revisão já passou</translation>
    </message>
    <message>
        <source>Needs review filter</source>
        <translation>Filtro «A rever»</translation>
    </message>
    <message>
        <source>&amp;New item</source>
        <translation>&amp;Novo elemento</translation>
    </message>
    <message>
        <source>Add an item (Ctrl+N)</source>
        <translation>Acrescentar um elemento (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>Lim&amp;par</translation>
    </message>
    <message>
        <source>Clear the search and every filter (Ctrl+Shift+L)</source>
        <translation>Limpar a pesquisa e todos os filtros (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Limpar a pesquisa e os filtros</translation>
    </message>
    <message>
        <source>Library items</source>
        <translation>Elementos da biblioteca</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>E&amp;lementos</translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation>Fonte&amp;s</translation>
    </message>
    <message>
        <source>{filter}: {value}</source>
        <translation>{filter}: {value}</translation>
    </message>
    <message>
        <source>Loading the library</source>
        <translation>Carregamento da biblioteca</translation>
    </message>
    <message>
        <source>Showing the whole library: search and filters cleared.</source>
        <translation>A mostrar toda a biblioteca: pesquisa e filtros limpos.</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln best matches (there are more: add words or filters to narrow the search)</source>
        <translation>
            <numerusform>O melhor resultado (há mais: acrescente palavras ou filtros para restringir a pesquisa)</numerusform>
            <numerusform>Os %Ln melhores resultados (há mais: acrescente palavras ou filtros para restringir a pesquisa)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln elemento</numerusform>
            <numerusform>%Ln elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>No item selected: nothing matches the search and filters.</source>
        <translation>Nenhum elemento selecionado: nada corresponde à pesquisa e aos filtros.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não guardadas</translation>
    </message>
    <message>
        <source>This item has changes that are not saved. Discard them?</source>
        <translation>Este elemento tem alterações não guardadas. Descartá-las?</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>Editar «{title}»</translation>
    </message>
    <message>
        <source>Add “{title}”</source>
        <translation>Acrescentar «{title}»</translation>
    </message>
    <message>
        <source>Saved “{title}” (revision {revision}).</source>
        <translation>«{title}» guardado (revisão {revision}).</translation>
    </message>
    <message>
        <source>Saving the item</source>
        <translation>Gravação do elemento</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Eliminar o elemento</translation>
    </message>
    <message>
        <source>Delete “{title}”?

You can undo this with Edit ▸ Undo.</source>
        <translation>Eliminar «{title}»?

Pode anular com Editar ▸ Anular.</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>«{title}» eliminado.</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>Eliminar «{title}»</translation>
    </message>
    <message>
        <source>Deleting the item</source>
        <translation>Eliminação do elemento</translation>
    </message>
    <message>
        <source>Reloading the sources</source>
        <translation>Recarregamento das fontes</translation>
    </message>
    <message>
        <source>Reloading the tags</source>
        <translation>Recarregamento das etiquetas</translation>
    </message>
    <message>
        <source>Reloading the countries</source>
        <translation>Recarregamento dos países</translation>
    </message>
</context>
<context>
    <name>LibraryStatsDialog</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Library statistics</source>
        <translation>Estatísticas da biblioteca</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>A contar…</translation>
    </message>
    <message>
        <source>Counting the library</source>
        <translation>Contagem da biblioteca</translation>
    </message>
    <message>
        <source>{kind}: {count}</source>
        <translation>{kind}: {count}</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>Ficheiro da biblioteca</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>Por tipo</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>{countries}, of which {members} African Union members</source>
        <translation>{countries}, dos quais {members} membros da União Africana</translation>
    </message>
    <message>
        <source>Country statuses</source>
        <translation>Situações dos países</translation>
    </message>
    <message>
        <source>Items past their review date</source>
        <translation>Elementos com a data de revisão ultrapassada</translation>
    </message>
    <message>
        <source>Items whose source is missing</source>
        <translation>Elementos sem fonte</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cópias de segurança</translation>
    </message>
    <message>
        <source>, the newest taken {moment}</source>
        <translation>, a mais recente feita em {moment}</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Tamanho do ficheiro</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation>Versão do formato</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Sections of the app</source>
        <translation>Secções da aplicação</translation>
    </message>
    <message>
        <source>  (read-only)</source>
        <translation>  (só de leitura)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>A trabalhar…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <source>A new item in the library, or a new pack on the Packs page</source>
        <translation>Um novo elemento na biblioteca, ou um novo dossier na página Dossiers</translation>
    </message>
    <message>
        <source>New &amp;pack</source>
        <translation>Novo &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Definições…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Procurar</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Pesquisar na biblioteca</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation>&amp;Países</translation>
    </message>
    <message>
        <source>&amp;Packs</source>
        <translation>D&amp;ossiers</translation>
    </message>
    <message>
        <source>Pe&amp;ople</source>
        <translation>Pe&amp;ssoas</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Add or update items from a JSON or CSV file</source>
        <translation>Acrescentar ou atualizar elementos a partir de um ficheiro JSON ou CSV</translation>
    </message>
    <message>
        <source>&amp;Export the library…</source>
        <translation>&amp;Exportar a biblioteca…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Fazer &amp;cópia de segurança agora</translation>
    </message>
    <message>
        <source>Write a consistent copy to the backups folder</source>
        <translation>Escrever uma cópia coerente na pasta das cópias de segurança</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>&amp;Restaurar cópia de segurança…</translation>
    </message>
    <message>
        <source>Put a backup back in place of the library</source>
        <translation>Repor uma cópia de segurança no lugar da biblioteca</translation>
    </message>
    <message>
        <source>&amp;Check library…</source>
        <translation>&amp;Verificar a biblioteca…</translation>
    </message>
    <message>
        <source>Integrity, foreign keys and search index; repair what can be repaired</source>
        <translation>Integridade, chaves estrangeiras e índice de pesquisa; reparar o que puder ser reparado</translation>
    </message>
    <message>
        <source>Library s&amp;tatistics…</source>
        <translation>Es&amp;tatísticas da biblioteca…</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Limpar os filtros</translation>
    </message>
    <message>
        <source>Show the whole library again: empty search, every filter back to All</source>
        <translation>Mostrar de novo toda a biblioteca: pesquisa vazia, todos os filtros em Todos</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export the pack as Word and/or PDF</source>
        <translation>Exportar o dossier em Word e/ou PDF</translation>
    </message>
    <message>
        <source>Refresh the &amp;preview</source>
        <translation>Atualizar a &amp;pré-visualização</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <source>The documentation shipped with the app (works offline)</source>
        <translation>A documentação incluída na aplicação (funciona sem ligação)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Acerca do {app}</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Rascunho guardado.</translation>
    </message>
    <message>
        <source>Import into the library</source>
        <translation>Importar para a biblioteca</translation>
    </message>
    <message>
        <source>Library files (*.json *.csv);;All files (*)</source>
        <translation>Ficheiros de biblioteca (*.json *.csv);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Imported {file}: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>{file} importado: {added} acrescentados, {updated} atualizados, {unchanged} sem alterações.</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>Importação de {file}</translation>
    </message>
    <message>
        <source>Export the library</source>
        <translation>Exportar a biblioteca</translation>
    </message>
    <message>
        <source>Library exchange file (*.json);;Items as CSV (*.csv)</source>
        <translation>Ficheiro de intercâmbio da biblioteca (*.json);;Elementos em CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln item(s) to {path}.</source>
        <translation>
            <numerusform>%Ln elemento exportado para {path}.</numerusform>
            <numerusform>%Ln elementos exportados para {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the library</source>
        <translation>Exportação da biblioteca</translation>
    </message>
    <message>
        <source>Backed up the library to {target}.</source>
        <translation>Cópia de segurança da biblioteca feita em {target}.</translation>
    </message>
    <message>
        <source>Backing up the library</source>
        <translation>Cópia de segurança da biblioteca</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Definições guardadas.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Ctrl+1 / Ctrl+2 / Ctrl+3 / Ctrl+4    Library, Countries, Packs, People</source>
        <translation>Ctrl+1 / Ctrl+2 / Ctrl+3 / Ctrl+4    Biblioteca, Países, Dossiers, Pessoas</translation>
    </message>
    <message>
        <source>Ctrl+F    Search the library</source>
        <translation>Ctrl+F    Pesquisar na biblioteca</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L    Clear the library&apos;s search and filters</source>
        <translation>Ctrl+Shift+L    Limpar a pesquisa e os filtros da biblioteca</translation>
    </message>
    <message>
        <source>Ctrl+N    New item (or new pack on the Packs page)</source>
        <translation>Ctrl+N    Novo elemento (ou novo dossier na página Dossiers)</translation>
    </message>
    <message>
        <source>Ctrl+S    Save the item (or the draft)</source>
        <translation>Ctrl+S    Guardar o elemento (ou o rascunho)</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z    Undo / redo on the page in front of you (in a text field: its typing)</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z    Anular / refazer na página apresentada (num campo de texto: o que escreveu)</translation>
    </message>
    <message>
        <source>Ctrl+E    Export the pack</source>
        <translation>Ctrl+E    Exportar o dossier</translation>
    </message>
    <message>
        <source>F5    Refresh the preview</source>
        <translation>F5    Atualizar a pré-visualização</translation>
    </message>
    <message>
        <source>F1    The manual</source>
        <translation>F1    O manual</translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down    Move an item in the pack outline</source>
        <translation>Alt+Cima / Alt+Baixo    Mover um elemento no plano do dossier</translation>
    </message>
    <message>
        <source>Space    Tick or untick in the outline</source>
        <translation>Espaço    Assinalar ou desmarcar no plano</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não guardadas</translation>
    </message>
    <message>
        <source>The person you are editing has unsaved changes. Quit without saving them?</source>
        <translation>A pessoa que está a editar tem alterações não guardadas. Sair sem as guardar?</translation>
    </message>
    <message>
        <source>The item you are editing has unsaved changes. Quit without saving them?</source>
        <translation>O elemento que está a editar tem alterações não guardadas. Sair sem as guardar?</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <source>Briefing Builder manual</source>
        <translation>Manual do Briefing Builder</translation>
    </message>
    <message>
        <source>Manual contents</source>
        <translation>Índice do manual</translation>
    </message>
    <message>
        <source>For IT staff</source>
        <translation>Para a equipa de informática</translation>
    </message>
    <message>
        <source>Manual page</source>
        <translation>Página do manual</translation>
    </message>
    <message>
        <source>Find in this page…</source>
        <translation>Procurar nesta página…</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>Pro&amp;curar:</translation>
    </message>
    <message>
        <source>Find in this page</source>
        <translation>Procurar nesta página</translation>
    </message>
    <message>
        <source>The manual&apos;s files were not found next to the app.</source>
        <translation>Os ficheiros do manual não foram encontrados junto da aplicação.</translation>
    </message>
    <message>
        <source>Link to {url} (not opened: the app works offline).</source>
        <translation>Ligação para {url} (não aberta: a aplicação funciona sem ligação à Internet).</translation>
    </message>
    <message>
        <source>{url} is not part of the manual shipped with the app.</source>
        <translation>{url} não faz parte do manual incluído na aplicação.</translation>
    </message>
    <message>
        <source>“{text}” is not on this page.</source>
        <translation>«{text}» não consta desta página.</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>names {person}, which is not a person in the library: choose one from the library, or type the name</source>
        <translation>indica {person}, que não é uma pessoa da biblioteca: escolha uma da biblioteca ou escreva o nome</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>reunião</translation>
    </message>
    <message>
        <source>meeting, prepared by</source>
        <translation>reunião, preparado por</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>must be a table of the meeting&apos;s fields</source>
        <translation>deve ser uma tabela dos campos da reunião</translation>
    </message>
    <message>
        <source>must be a list of attendees</source>
        <translation>deve ser uma lista de participantes</translation>
    </message>
    <message>
        <source>must be a list of names</source>
        <translation>deve ser uma lista de nomes</translation>
    </message>
    <message>
        <source>must be a table: name, desk, telephone, email</source>
        <translation>deve ser uma tabela: name, desk, telephone, email</translation>
    </message>
    <message>
        <source>must be one of {options}, not {value}</source>
        <translation>deve ser um dos valores seguintes: {options}, e não {value}</translation>
    </message>
    <message>
        <source>must be a time written HH:MM (24-hour), not {value}</source>
        <translation>deve ser uma hora no formato HH:MM (24 horas), e não {value}</translation>
    </message>
    <message>
        <source>must be an IANA time zone such as Africa/Addis_Ababa, not {value}</source>
        <translation>deve ser um fuso horário IANA como Africa/Addis_Ababa, e não {value}</translation>
    </message>
    <message>
        <source>is required with a time (an IANA name such as Africa/Addis_Ababa)</source>
        <translation>é obrigatório quando se indica uma hora (um nome IANA como Africa/Addis_Ababa)</translation>
    </message>
    <message>
        <source>must be a whole number of minutes from 0 to 1440</source>
        <translation>deve ser um número inteiro de minutos de 0 a 1440</translation>
    </message>
    <message>
        <source>lists {count} attendees; the limit is {limit}</source>
        <translation>indica {count} participantes; o máximo é {limit}</translation>
    </message>
    <message>
        <source>must be a person&apos;s uid from the library</source>
        <translation>deve ser o identificador de uma pessoa da biblioteca</translation>
    </message>
    <message>
        <source>is required (or choose a person from the library)</source>
        <translation>é obrigatório (ou escolha uma pessoa da biblioteca)</translation>
    </message>
    <message>
        <source>may hold only digits, spaces, + ( ) . / -</source>
        <translation>só pode conter algarismos, espaços e + ( ) . / -</translation>
    </message>
    <message>
        <source>is not an e-mail address: {value}</source>
        <translation>não é um endereço de correio eletrónico: {value}</translation>
    </message>
    <message>
        <source>meeting, our side attendee {number}</source>
        <translation>reunião, a nossa delegação, participante {number}</translation>
    </message>
    <message>
        <source>meeting, their side attendee {number}</source>
        <translation>reunião, delegação da outra parte, participante {number}</translation>
    </message>
    <message>
        <source>meeting, interpreter {number}</source>
        <translation>reunião, intérprete {number}</translation>
    </message>
    <message>
        <source>must be a table: person (a library uid) or name, and role</source>
        <translation>deve ser uma tabela: person (um identificador da biblioteca) ou name, e role</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>“{typed}” could be {zones}: choose one.</source>
        <translation>«{typed}» pode ser {zones}: escolha um.</translation>
    </message>
    <message>
        <source>“{typed}” is not a time zone: type a city such as Addis Ababa, or a name such as Africa/Addis_Ababa.</source>
        <translation>«{typed}» não é um fuso horário: escreva uma cidade como Adis Abeba, ou um nome como Africa/Addis_Ababa.</translation>
    </message>
    <message>
        <source>our side attendee {number}</source>
        <translation>a nossa delegação, participante {number}</translation>
    </message>
    <message>
        <source>their side attendee {number}</source>
        <translation>delegação da outra parte, participante {number}</translation>
    </message>
    <message>
        <source>interpreter {number}</source>
        <translation>intérprete {number}</translation>
    </message>
    <message>
        <source>prepared by</source>
        <translation>preparado por</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>role</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>person</source>
        <translation>pessoa</translation>
    </message>
    <message>
        <source>{place}: {field} {message}</source>
        <translation>{place}: {field} {message}</translation>
    </message>
    <message>
        <source>Why the meeting is held and what we want from it</source>
        <translation>Porque se realiza a reunião e o que pretendemos dela</translation>
    </message>
    <message>
        <source>Purp&amp;ose:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(não indicado)</translation>
    </message>
    <message>
        <source>Bilateral</source>
        <translation>Bilateral</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenária</translation>
    </message>
    <message>
        <source>Pull-aside</source>
        <translation>Conversa à margem</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Chamada</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Ve&amp;nue:</source>
        <translation>&amp;Local:</translation>
    </message>
    <message>
        <source>e.g. the Ministry, room 4</source>
        <translation>p. ex. o Ministério, sala 4</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: the pack&apos;s date)</source>
        <translation>AAAA-MM-DD (vazio: a data do dossier)</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <source>HH:MM, 24-hour, local time</source>
        <translation>HH:MM, 24 horas, hora local</translation>
    </message>
    <message>
        <source>a city or an IANA name</source>
        <translation>uma cidade ou um nome IANA</translation>
    </message>
    <message>
        <source>The meeting&apos;s time zone: type a city (Addis Ababa) or an IANA name (Africa/Addis_Ababa)</source>
        <translation>O fuso horário da reunião: escreva uma cidade (Adis Abeba) ou um nome IANA (Africa/Addis_Ababa)</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>F&amp;uso horário:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>não indicada</translation>
    </message>
    <message>
        <source>Du&amp;ration:</source>
        <translation>Du&amp;ração:</translation>
    </message>
    <message>
        <source>Our delegation</source>
        <translation>A nossa delegação</translation>
    </message>
    <message>
        <source>Their delegation</source>
        <translation>Delegação da outra parte</translation>
    </message>
    <message>
        <source>Our dele&amp;gation:</source>
        <translation>A &amp;nossa delegação:</translation>
    </message>
    <message>
        <source>&amp;Their delegation:</source>
        <translation>Delegação da outra &amp;parte:</translation>
    </message>
    <message>
        <source>Interpreter&amp;s:</source>
        <translation>&amp;Intérpretes:</translation>
    </message>
    <message>
        <source>names, separated by commas</source>
        <translation>nomes, separados por vírgulas</translation>
    </message>
    <message>
        <source>Meeting, time zone: %s</source>
        <translation>Reunião, fuso horário: %s</translation>
    </message>
</context>
<context>
    <name>MeetingPart</name>
    <message>
        <source>Pack</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>What the pack is: template, country, recipient, date, language</source>
        <translation>O que é o dossier: modelo, país, destinatário, data, língua</translation>
    </message>
    <message>
        <source>The meeting: when, where, format, who attends (Ctrl+Tab)</source>
        <translation>A reunião: quando, onde, formato, quem participa (Ctrl+Tab)</translation>
    </message>
    <message>
        <source>File reference, who prepared and cleared the brief, annexes</source>
        <translation>Referência de arquivo, quem preparou e aprovou a nota, anexos</translation>
    </message>
    <message>
        <source>Searching the library&apos;s people failed: %s</source>
        <translation>A pesquisa de pessoas na biblioteca falhou: %s</translation>
    </message>
    <message>
        <source>Meeting, %s</source>
        <translation>Reunião, %s</translation>
    </message>
    <message>
        <source>{place}, field &apos;{field}&apos;: {message}</source>
        <translation>{place}, campo «{field}»: {message}</translation>
    </message>
    <message>
        <source>{place}: {message}</source>
        <translation>{place}: {message}</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos;: {message}</source>
        <translation>campo «{field}»: {message}</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Pac&amp;k outline</source>
        <translation>Plano do dossie&amp;r</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>Acrescentar elemento…</translation>
    </message>
    <message>
        <source>Add an item from the library</source>
        <translation>Acrescentar um elemento da biblioteca</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the item up</source>
        <translation>Subir o elemento</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>Move the item down</source>
        <translation>Descer o elemento</translation>
    </message>
    <message>
        <source>Text added for this meeting (lines to take, notes):</source>
        <translation>Texto acrescentado para esta reunião (linhas de argumentação, notas):</translation>
    </message>
    <message>
        <source>Select a section, then write here. Blank lines separate paragraphs.</source>
        <translation>Selecione uma secção e escreva aqui. As linhas em branco separam os parágrafos.</translation>
    </message>
    <message>
        <source>Text added to the selected section</source>
        <translation>Texto acrescentado à secção selecionada</translation>
    </message>
    <message>
        <source>Printed at the end of the selected section; blank lines separate paragraphs</source>
        <translation>Impresso no fim da secção selecionada; as linhas em branco separam os parágrafos</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Items past their review date, missing statuses and other problems</source>
        <translation>Elementos com a data de revisão ultrapassada, situações em falta e outros problemas</translation>
    </message>
    <message>
        <source>No warnings: every item is within its review date.</source>
        <translation>Sem avisos: todos os elementos estão dentro da data de revisão.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s) with no %1 version — Translate…</source>
        <translation>
            <numerusform>%Ln passagem sem versão (%1) — Traduzir…</numerusform>
            <numerusform>%Ln passagens sem versão (%1) — Traduzir…</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click or press Enter to translate them side by side</source>
        <translation>Faça duplo clique ou prima Enter para os traduzir lado a lado</translation>
    </message>
</context>
<context>
    <name>OutlineTree</name>
    <message>
        <source>Pack outline</source>
        <translation>Plano do dossier</translation>
    </message>
    <message>
        <source>Sections and items of the pack. Space ticks or unticks; Alt+Up and Alt+Down move an item; Enter or a double-click shows its page in the preview.</source>
        <translation>Secções e elementos do dossier. Espaço assinala ou desmarca; Alt+Cima e Alt+Baixo movem um elemento; Enter ou um duplo clique mostra a sua página na pré-visualização.</translation>
    </message>
    <message>
        <source>Untick to leave out; drag, or Alt+Up/Alt+Down, to reorder; double-click to see its page</source>
        <translation>Desmarque para omitir; arraste, ou Alt+Cima/Alt+Baixo, para reordenar; faça duplo clique para ver a página</translation>
    </message>
    <message>
        <source>Text only: holds no library items</source>
        <translation>Só texto: não contém elementos da biblioteca</translation>
    </message>
    <message>
        <source>Review was due on {date}</source>
        <translation>A revisão estava prevista para {date}</translation>
    </message>
</context>
<context>
    <name>PackBuilderPage</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>Outros países</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamanho do papel</translation>
    </message>
    <message>
        <source>only text (the template&apos;s and yours)</source>
        <translation>apenas texto (o do modelo e o seu)</translation>
    </message>
    <message>
        <source>a summary written from the rest of the pack</source>
        <translation>um resumo redigido a partir do resto do dossier</translation>
    </message>
    <message>
        <source>the list of sources cited</source>
        <translation>a lista das fontes citadas</translation>
    </message>
    <message>
        <source>the country&apos;s own record</source>
        <translation>o registo próprio do país</translation>
    </message>
    <message>
        <source>a table of the countries&apos; statuses</source>
        <translation>um quadro das situações dos países</translation>
    </message>
    <message>
        <source>Saved pack drafts</source>
        <translation>Rascunhos de dossiers guardados</translation>
    </message>
    <message>
        <source>Choose a draft to open it; drafts are saved as you work</source>
        <translation>Escolha um rascunho para o abrir; os rascunhos são guardados à medida que trabalha</translation>
    </message>
    <message>
        <source>Dr&amp;aft:</source>
        <translation>Rascun&amp;ho:</translation>
    </message>
    <message>
        <source>Ne&amp;w pack</source>
        <translation>No&amp;vo dossier</translation>
    </message>
    <message>
        <source>Start a new pack (Ctrl+N)</source>
        <translation>Começar um novo dossier (Ctrl+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Save a copy of this draft and open it</source>
        <translation>Guardar uma cópia deste rascunho e abri-la</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>Eliminar rascunho…</translation>
    </message>
    <message>
        <source>Delete this draft (asks first)</source>
        <translation>Eliminar este rascunho (pede confirmação)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <source>Show or hide the preview (more room for the outline on a small screen)</source>
        <translation>Mostrar ou ocultar a pré-visualização (mais espaço para o plano num ecrã pequeno)</translation>
    </message>
    <message>
        <source>Pressed while the preview is shown</source>
        <translation>Premido enquanto a pré-visualização é apresentada</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export the pack as Word and/or PDF (Ctrl+E)</source>
        <translation>Exportar o dossier em Word e/ou PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>New pack</source>
        <translation>Novo dossier</translation>
    </message>
    <message>
        <source>Duplicate draft</source>
        <translation>Duplicar o rascunho</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Eliminar o rascunho</translation>
    </message>
    <message>
        <source>Show the preview</source>
        <translation>Mostrar a pré-visualização</translation>
    </message>
    <message>
        <source>Export the pack</source>
        <translation>Exportar o dossier</translation>
    </message>
    <message>
        <source>Loading the countries</source>
        <translation>Carregamento dos países</translation>
    </message>
    <message>
        <source>{name} — {country}, saved {saved}</source>
        <translation>{name} — {country}, guardado em {saved}</translation>
    </message>
    <message>
        <source>New pack {date}</source>
        <translation>Novo dossier de {date}</translation>
    </message>
    <message>
        <source>Opening the draft</source>
        <translation>Abertura do rascunho</translation>
    </message>
    <message>
        <source>Duplicated as “{name}”.</source>
        <translation>Duplicado com o nome «{name}».</translation>
    </message>
    <message>
        <source>Delete the draft “{name}”?</source>
        <translation>Eliminar o rascunho «{name}»?</translation>
    </message>
    <message>
        <source>Untitled pack</source>
        <translation>Dossier sem título</translation>
    </message>
    <message>
        <source>The draft could not be saved: {error}</source>
        <translation>Não foi possível guardar o rascunho: {error}</translation>
    </message>
    <message>
        <source>Edit Name</source>
        <translation>Editar o nome</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Editar: {field}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Change {field} to &apos;{value}&apos;</source>
        <translation>{field}: «{value}»</translation>
    </message>
    <message>
        <source>Include &apos;{title}&apos;</source>
        <translation>Incluir «{title}»</translation>
    </message>
    <message>
        <source>Leave out &apos;{title}&apos;</source>
        <translation>Omitir «{title}»</translation>
    </message>
    <message>
        <source>Include section &apos;{title}&apos;</source>
        <translation>Incluir a secção «{title}»</translation>
    </message>
    <message>
        <source>Leave out section &apos;{title}&apos;</source>
        <translation>Omitir a secção «{title}»</translation>
    </message>
    <message>
        <source>Move &apos;{title}&apos; up</source>
        <translation>Subir «{title}»</translation>
    </message>
    <message>
        <source>Move &apos;{title}&apos; down</source>
        <translation>Descer «{title}»</translation>
    </message>
    <message>
        <source>Select a section first.</source>
        <translation>Selecione primeiro uma secção.</translation>
    </message>
    <message>
        <source>Add &apos;{title}&apos; to &apos;{section}&apos;</source>
        <translation>Acrescentar «{title}» a «{section}»</translation>
    </message>
    <message>
        <source>Select a section that lists items (such as Lines to take) to add an item to it.</source>
        <translation>Selecione uma secção que liste elementos (como Linhas de argumentação) para lhe acrescentar um elemento.</translation>
    </message>
    <message>
        <source>no library items</source>
        <translation>nenhum elemento da biblioteca</translation>
    </message>
    <message>
        <source>“{section}” holds {what}; library items can only be added to sections that list items.</source>
        <translation>«{section}» contém {what}; os elementos da biblioteca só podem ser acrescentados a secções que listem elementos.</translation>
    </message>
    <message>
        <source>Text added to “{section}” for this meeting:</source>
        <translation>Texto acrescentado a «{section}» para esta reunião:</translation>
    </message>
    <message>
        <source>Text added to the selected section for this meeting:</source>
        <translation>Texto acrescentado à secção selecionada para esta reunião:</translation>
    </message>
    <message>
        <source>Edit the text of &apos;{section}&apos;</source>
        <translation>Editar o texto de «{section}»</translation>
    </message>
    <message>
        <source>Open or start a pack first.</source>
        <translation>Abra ou comece primeiro um dossier.</translation>
    </message>
    <message>
        <source>Pin an item from the library into the selected section</source>
        <translation>Fixar um elemento da biblioteca na secção selecionada</translation>
    </message>
    <message>
        <source>Move the selected item up (Alt+Up)</source>
        <translation>Subir o elemento selecionado (Alt+Cima)</translation>
    </message>
    <message>
        <source>Select an item (not a section) that can move up</source>
        <translation>Selecione um elemento (não uma secção) que possa subir</translation>
    </message>
    <message>
        <source>Move the selected item down (Alt+Down)</source>
        <translation>Descer o elemento selecionado (Alt+Baixo)</translation>
    </message>
    <message>
        <source>Select an item (not a section) that can move down</source>
        <translation>Selecione um elemento (não uma secção) que possa descer</translation>
    </message>
    <message>
        <source>Cannot export: {problems}</source>
        <translation>Não é possível exportar: {problems}</translation>
    </message>
    <message>
        <source>Preview shows the last valid choices. {problems}</source>
        <translation>A pré-visualização mostra as últimas escolhas válidas. {problems}</translation>
    </message>
    <message>
        <source>Cannot assemble this pack: {error}</source>
        <translation>Não é possível montar este dossier: {error}</translation>
    </message>
    <message>
        <source>“{title}” was added to “{section}”, which holds no library items, so it is not in the pack.</source>
        <translation>«{title}» foi acrescentado a «{section}», que não contém elementos da biblioteca, pelo que não está no dossier.</translation>
    </message>
    <message>
        <source>Preview: updating…</source>
        <translation>Pré-visualização: a atualizar…</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %Ln page(s), as it will print</source>
        <translation>
            <numerusform>Pré-visualização: %Ln página, tal como será impressa</numerusform>
            <numerusform>Pré-visualização: %Ln páginas, tal como serão impressas</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview failed: {error}</source>
        <translation>A pré-visualização falhou: {error}</translation>
    </message>
    <message>
        <source>That section is left out of the pack.</source>
        <translation>Essa secção foi omitida do dossier.</translation>
    </message>
    <message>
        <source>That section has nothing to print yet, or the preview is still being drawn.</source>
        <translation>Essa secção ainda não tem nada para imprimir, ou a pré-visualização ainda está a ser desenhada.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}.</source>
        <translation>Página {page} de {pages}.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was changed.</source>
        <translation>Exportação cancelada; nenhum ficheiro foi alterado.</translation>
    </message>
    <message>
        <source>Building the pack…</source>
        <translation>A construir o dossier…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportação</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progresso da exportação</translation>
    </message>
    <message>
        <source>Exported {files} to {folder}.</source>
        <translation>Exportado para {folder}: {files}.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportação cancelada; nenhum ficheiro foi escrito.</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>A exportação falhou: {error}</translation>
    </message>
</context>
<context>
    <name>PackForm</name>
    <message>
        <source>US Letter</source>
        <translation>Carta EUA</translation>
    </message>
    <message>
        <source>The draft&apos;s name, shown in the list of drafts (not printed)</source>
        <translation>O nome do rascunho, apresentado na lista de rascunhos (não é impresso)</translation>
    </message>
    <message>
        <source>The counterpart country: type its name in English, French, Portuguese or Arabic, or its ISO code, or pick it from the list</source>
        <translation>O país interlocutor: escreva o nome em inglês, francês, português ou árabe, ou o código ISO, ou escolha-o na lista</translation>
    </message>
    <message>
        <source>more countries side by side, e.g. KEN, ZAF</source>
        <translation>mais países lado a lado, p. ex. KEN, ZAF</translation>
    </message>
    <message>
        <source>More countries for a side-by-side pack, separated by commas</source>
        <translation>Mais países para um dossier comparativo, separados por vírgulas</translation>
    </message>
    <message>
        <source>e.g. Hon. A. Minister</source>
        <translation>p. ex. Exmo. Sr. Ministro A.</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>Al&amp;so</source>
        <translation>Outros paí&amp;ses</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>Des&amp;tinatário</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Cargo</translation>
    </message>
    <message>
        <source>Eve&amp;nt</source>
        <translation>Eve&amp;nto</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Lín&amp;gua</translation>
    </message>
    <message>
        <source>Class&amp;ification</source>
        <translation>Class&amp;ificação</translation>
    </message>
    <message>
        <source>Paper si&amp;ze</source>
        <translation>T&amp;amanho do papel</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>Also, more countries</source>
        <translation>Outros países a comparar</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Also: {problem}</source>
        <translation>Outros países: {problem}</translation>
    </message>
</context>
<context>
    <name>PackWarning</name>
    <message numerus="yes">
        <source>%Ln pages</source>
        <translation>
            <numerusform>uma página</numerusform>
            <numerusform>%Ln páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF runs to {pages} pages; this template should fit on {limit}. Shorten or hide sections, or lower their limits.</source>
        <translation>O PDF tem {pages} páginas; este modelo deve caber em {limit}. Encurte ou oculte secções, ou reduza os seus limites.</translation>
    </message>
    <message>
        <source>The marking {marking} is not one of the configured markings ({markings}); it is treated as the highest.</source>
        <translation>A classificação {marking} não é uma das classificações configuradas ({markings}); é tratada como a mais elevada.</translation>
    </message>
    <message>
        <source>The pack is marked {marking}, above the {chosen} chosen, because it includes items marked so.</source>
        <translation>O dossier está classificado como {marking}, acima da classificação {chosen} escolhida, porque inclui elementos assim classificados.</translation>
    </message>
    <message>
        <source>The template {template} shows one country: {countries} left out (only a template that shows countries side by side, such as &apos;country-profile&apos;, takes more).</source>
        <translation>O modelo {template} apresenta um só país: {countries} fica(m) de fora (só um modelo que apresenta países lado a lado, como «country-profile», aceita mais).</translation>
    </message>
    <message>
        <source>nothing in the library matches it for this pack</source>
        <translation>nada na biblioteca lhe corresponde para este dossier</translation>
    </message>
    <message>
        <source>The section “{title}” is left out: {reason}.</source>
        <translation>A secção «{title}» fica de fora: {reason}.</translation>
    </message>
    <message>
        <source>An item pinned to &apos;{section}&apos; ({uid}) is no longer in the library.</source>
        <translation>Um elemento fixado em «{section}» ({uid}) já não está na biblioteca.</translation>
    </message>
    <message>
        <source>“{title}” was due for review on {date}; check it is still true.</source>
        <translation>«{title}» devia ter sido revisto em {date}; verifique se continua correto.</translation>
    </message>
    <message>
        <source>the pack gives no details of the meeting</source>
        <translation>o dossier não indica detalhes da reunião</translation>
    </message>
    <message>
        <source>the pack gives no purpose</source>
        <translation>o dossier não indica o objetivo</translation>
    </message>
    <message>
        <source>no one on the other side is a person from the library</source>
        <translation>nenhum interlocutor é uma pessoa da biblioteca</translation>
    </message>
    <message>
        <source>the pack lists no attendees</source>
        <translation>o dossier não indica participantes</translation>
    </message>
    <message>
        <source>no files are attached</source>
        <translation>não há ficheiros anexados</translation>
    </message>
    <message>
        <source>the pack names no responsible official</source>
        <translation>o dossier não indica nenhum responsável</translation>
    </message>
    <message>
        <source>The attendee {name} names {person}, which is not a person in the library; only the typed name and role are printed.</source>
        <translation>O participante {name} remete para {person}, que não é uma pessoa da biblioteca; só o nome e a função escritos são impressos.</translation>
    </message>
    <message>
        <source>The annex {path} {reason}; it is left out.</source>
        <translation>O anexo {path} {reason}; fica de fora.</translation>
    </message>
    <message>
        <source>the section “{heading}” is hidden</source>
        <translation>a secção «{heading}» está oculta</translation>
    </message>
    <message>
        <source>the template “{template}” does not print annexes</source>
        <translation>o modelo «{template}» não imprime anexos</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln annexes given ({names}) are left out: {why}. Choose a template with an annexes section to attach them.</source>
        <translation>
            <numerusform>O anexo indicado ({names}) fica de fora: {why}. Escolha um modelo com uma secção de anexos para o juntar.</numerusform>
            <numerusform>Os %Ln anexos indicados ({names}) ficam de fora: {why}. Escolha um modelo com uma secção de anexos para os juntar.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” was due for review on {date}; check the role and biography are still true.</source>
        <translation>A ficha de «{name}» devia ter sido revista em {date}; verifique se a função e a biografia continuam corretas.</translation>
    </message>
    <message>
        <source>item</source>
        <translation>o elemento</translation>
    </message>
    <message>
        <source>source</source>
        <translation>a fonte</translation>
    </message>
    <message>
        <source>country</source>
        <translation>o país</translation>
    </message>
    <message>
        <source>status of</source>
        <translation>o estatuto de</translation>
    </message>
    <message>
        <source>No {language} version of the {fields} of {record} “{label}” ({key}): the {original} original is used, marked as such.</source>
        <translation>Não há versão {language} de {fields} d{record} «{label}» ({key}): é usado o original ({original}), assinalado como tal.</translation>
    </message>
    <message numerus="yes">
        <source>{characters} and %Ln more</source>
        <translation>
            <numerusform>{characters} e mais %Ln</numerusform>
            <numerusform>{characters} e mais %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” holds characters no bundled font can draw, which would print as □: {characters}. Replace them, or add a font that has them.</source>
        <translation>«{title}» contém caracteres que nenhum tipo de letra incluído desenha e que seriam impressos como □: {characters}. Substitua-os ou acrescente um tipo de letra que os tenha.</translation>
    </message>
    <message>
        <source>The cover holds characters no bundled font can draw, which would print as □: {characters}.</source>
        <translation>A capa contém caracteres que nenhum tipo de letra incluído desenha e que seriam impressos como □: {characters}.</translation>
    </message>
    <message>
        <source>The section “{title}” holds characters no bundled font can draw, which would print as □: {characters}.</source>
        <translation>A secção «{title}» contém caracteres que nenhum tipo de letra incluído desenha e que seriam impressos como □: {characters}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of low confidence (partial, indirect or derived: {sources})</source>
        <translation>
            <numerusform>%Ln de fiabilidade baixa (parcial, indireta ou derivada: {sources})</numerusform>
            <numerusform>%Ln de fiabilidade baixa (parciais, indiretas ou derivadas: {sources})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln read through a copy or a secondary work ({sources})</source>
        <translation>
            <numerusform>%Ln lida através de uma cópia ou de uma obra secundária ({sources})</numerusform>
            <numerusform>%Ln lidas através de uma cópia ou de uma obra secundária ({sources})</numerusform>
        </translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
    <message>
        <source>This pack rests on sources that need checking before it is sent: {parts}. Check those facts against the original publisher.</source>
        <translation>Este dossier assenta em fontes que devem ser verificadas antes do envio: {parts}. Confirme esses factos junto do editor original.</translation>
    </message>
    <message numerus="yes">
        <source>{titles} and %Ln more</source>
        <translation>
            <numerusform>{titles} e mais %Ln</numerusform>
            <numerusform>{titles} e mais %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items in this pack are marked low confidence (partial or indirect): {titles}. Verify before sending.</source>
        <translation>
            <numerusform>%Ln elemento deste dossier está marcado com fiabilidade baixa (parcial ou indireto): {titles}. Verifique antes de enviar.</numerusform>
            <numerusform>%Ln elementos deste dossier estão marcados com fiabilidade baixa (parciais ou indiretos): {titles}. Verifique antes de enviar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Find a person by name (any script), role or organisation…</source>
        <translation>Encontrar uma pessoa pelo nome (qualquer escrita), cargo ou organização…</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>Encontrar uma pessoa</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Ne&amp;w person</source>
        <translation>Nova &amp;pessoa</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nova pessoa</translation>
    </message>
    <message>
        <source>Photo: drop a PNG or JPEG file here</source>
        <translation>Fotografia: largue aqui um ficheiro PNG ou JPEG</translation>
    </message>
    <message>
        <source>Choose ph&amp;oto…</source>
        <translation>Escol&amp;her fotografia…</translation>
    </message>
    <message>
        <source>Re&amp;move photo</source>
        <translation>Re&amp;tirar a fotografia</translation>
    </message>
    <message>
        <source>Alternative text (default: name, role)</source>
        <translation>Texto alternativo (por omissão: nome, cargo)</translation>
    </message>
    <message>
        <source>Photo alternative text</source>
        <translation>Texto alternativo da fotografia</translation>
    </message>
    <message>
        <source>Drop a PNG or JPEG on the photo, or choose a file.</source>
        <translation>Largue um PNG ou JPEG na fotografia, ou escolha um ficheiro.</translation>
    </message>
    <message>
        <source>The library checks it, turns it upright, removes its metadata (camera, place) and scales it to print size.</source>
        <translation>A biblioteca verifica-a, endireita-a, remove os metadados (câmara, local) e ajusta-a ao tamanho de impressão.</translation>
    </message>
    <message>
        <source>Photo text (for screen readers):</source>
        <translation>Texto da fotografia (leitores de ecrã):</translation>
    </message>
    <message>
        <source>H.E., Dr, Hon. …</source>
        <translation>S.Ex.ª, Dr., …</translation>
    </message>
    <message>
        <source>(none: an international body)</source>
        <translation>(nenhum: organismo internacional)</translation>
    </message>
    <message>
        <source>e.g. ah-BEH-beh</source>
        <translation>p. ex. a-BÉ-bé</translation>
    </message>
    <message>
        <source>One a line, language code then the name:
ar: …
am: …</source>
        <translation>Um por linha, código da língua e depois o nome:
ar: …
am: …</translation>
    </message>
    <message>
        <source>Languages spoken, e.g. am, en, fr</source>
        <translation>Línguas faladas, p. ex. am, en, fr</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-DD, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <source>YYYY-MM-DD: packs warn after it</source>
        <translation>AAAA-MM-DD: os dossiers avisam depois desta data</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>não indicada</translation>
    </message>
    <message>
        <source>H: primary or official</source>
        <translation>H: fonte primária ou oficial</translation>
    </message>
    <message>
        <source>M: reputable secondary</source>
        <translation>M: fonte secundária idónea</translation>
    </message>
    <message>
        <source>L: partial or indirect</source>
        <translation>L: parcial ou indireta</translation>
    </message>
    <message>
        <source>Editorial notes (never printed)</source>
        <translation>Notas editoriais (nunca impressas)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Honorific:</source>
        <translation>Tratamento:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>&amp;Organização:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>P&amp;aís:</translation>
    </message>
    <message>
        <source>Other scripts:</source>
        <translation>Outras escritas:</translation>
    </message>
    <message>
        <source>Pronunciation:</source>
        <translation>Pronúncia:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Línguas:</translation>
    </message>
    <message>
        <source>Role as of:</source>
        <translation>Cargo à data de:</translation>
    </message>
    <message>
        <source>Review by:</source>
        <translation>Rever até:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Fiabilidade:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Review and notes (notes are never printed)</source>
        <translation>Revisão e notas (as notas nunca são impressas)</translation>
    </message>
    <message>
        <source>Biography lines</source>
        <translation>Linhas da biografia</translation>
    </message>
    <message>
        <source>A line of the biography</source>
        <translation>Uma linha da biografia</translation>
    </message>
    <message>
        <source>As of: YYYY[-MM[-DD]]</source>
        <translation>Data: AAAA[-MM[-DD]]</translation>
    </message>
    <message>
        <source>Page or paragraph</source>
        <translation>Página ou parágrafo</translation>
    </message>
    <message>
        <source>Biography line text</source>
        <translation>Texto da linha da biografia</translation>
    </message>
    <message>
        <source>Biography line source</source>
        <translation>Fonte da linha da biografia</translation>
    </message>
    <message>
        <source>Biography line as of</source>
        <translation>Data da linha da biografia</translation>
    </message>
    <message>
        <source>Biography line locator</source>
        <translation>Localização na fonte da linha da biografia</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>Acrescentar &amp;linha</translation>
    </message>
    <message>
        <source>Remove l&amp;ine</source>
        <translation>Retirar l&amp;inha</translation>
    </message>
    <message>
        <source>Line:</source>
        <translation>Linha:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Fonte:</translation>
    </message>
    <message>
        <source>As of, where:</source>
        <translation>Data e localização:</translation>
    </message>
    <message>
        <source>Biography (every line sourced and dated)</source>
        <translation>Biografia (cada linha com fonte e data)</translation>
    </message>
    <message>
        <source>&amp;Save person</source>
        <translation>&amp;Guardar a pessoa</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Eli&amp;minar</translation>
    </message>
    <message>
        <source>Loading people</source>
        <translation>Carregamento das pessoas</translation>
    </message>
    <message>
        <source>Searching people</source>
        <translation>Pesquisa de pessoas</translation>
    </message>
    <message>
        <source>Due for review since {0}</source>
        <translation>A rever desde {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln pessoa</numerusform>
            <numerusform>%Ln pessoas</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não guardadas</translation>
    </message>
    <message>
        <source>The person you are editing has changes that are not saved. Discard them?</source>
        <translation>A pessoa que está a editar tem alterações não guardadas. Descartá-las?</translation>
    </message>
    <message>
        <source>person</source>
        <translation>pessoa</translation>
    </message>
    <message>
        <source>line {0} must be a language code, a colon, then the name (ar: …)</source>
        <translation>a linha {0} tem de ter um código de língua, dois pontos e depois o nome (ar: …)</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>Editar {0}</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>Acrescentar {0}</translation>
    </message>
    <message>
        <source>Saved {0} (revision {1}).</source>
        <translation>{0} guardado (revisão {1}).</translation>
    </message>
    <message>
        <source>Saving the person</source>
        <translation>Gravação da pessoa</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Eliminar a pessoa</translation>
    </message>
    <message>
        <source>Delete {0}?

You can undo this with Edit ▸ Undo.</source>
        <translation>Eliminar {0}?

Pode anular com Editar ▸ Anular.</translation>
    </message>
    <message>
        <source>Deleted {0}.</source>
        <translation>{0} eliminado.</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>Eliminar {0}</translation>
    </message>
    <message>
        <source>Deleting the person</source>
        <translation>Eliminação da pessoa</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Escolher uma fotografia</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Fotografias (*.png *.jpg *.jpeg);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation>Não é possível ler {0}: {1}</translation>
    </message>
    <message>
        <source>Saved the photo of {0}.</source>
        <translation>Fotografia de {0} guardada.</translation>
    </message>
    <message>
        <source>Removed the photo of {0}.</source>
        <translation>Fotografia de {0} retirada.</translation>
    </message>
    <message>
        <source>Remove the photo of {0}</source>
        <translation>Retirar a fotografia de {0}</translation>
    </message>
    <message>
        <source>Set the photo of {0}</source>
        <translation>Definir a fotografia de {0}</translation>
    </message>
    <message>
        <source>Setting the photo</source>
        <translation>Gravação da fotografia</translation>
    </message>
</context>
<context>
    <name>PhotoArea</name>
    <message>
        <source>No photo.
Drop a PNG or JPEG here.</source>
        <translation>Sem fotografia.
Largue aqui um PNG ou JPEG.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview of the pack</source>
        <translation>Pré-visualização do dossier</translation>
    </message>
    <message>
        <source>The pack as it will print. Page Up and Page Down move through it.</source>
        <translation>O dossier tal como será impresso. Page Up e Page Down percorrem-no.</translation>
    </message>
    <message>
        <source>Preview: nothing yet</source>
        <translation>Pré-visualização: ainda nada</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Estado da pré-visualização</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reduzir</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus in the preview)</source>
        <translation>Reduzir (Ctrl+menos na pré-visualização)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus in the preview)</source>
        <translation>Ampliar (Ctrl+mais na pré-visualização)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar à largura</translation>
    </message>
    <message>
        <source>Fit the page width</source>
        <translation>Ajustar à largura da página</translation>
    </message>
    <message>
        <source>Fit the page width to the preview</source>
        <translation>Ajustar a largura da página à pré-visualização</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página seguinte</translation>
    </message>
    <message>
        <source>Page shown in the preview</source>
        <translation>Página apresentada na pré-visualização</translation>
    </message>
    <message>
        <source>Type a page number and press Enter</source>
        <translation>Escreva um número de página e prima Enter</translation>
    </message>
    <message>
        <source>of {pages}</source>
        <translation>de {pages}</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>{where}, field &apos;{field}&apos;: {message}</source>
        <translation>{where}, campo «{field}»: {message}</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>{problem} (and %Ln more problems)</source>
        <translation>
            <numerusform>{problem} (e mais %Ln problema)</numerusform>
            <numerusform>{problem} (e mais %Ln problemas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResolvingCombo</name>
    <message>
        <source>“{value}” is not in the list any more: choose another.</source>
        <translation>«{value}» já não está na lista: escolha outro.</translation>
    </message>
    <message>
        <source>“{text}” is not in the list.</source>
        <translation>«{text}» não está na lista.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>taken by hand</source>
        <translation>feita manualmente</translation>
    </message>
    <message>
        <source>safety copy before a restore</source>
        <translation>cópia de segurança antes de uma restauração</translation>
    </message>
    <message>
        <source>before upgrading ({version})</source>
        <translation>antes de uma atualização ({version})</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar cópia de segurança</translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation>A verificar as cópias de segurança…</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cópias de segurança</translation>
    </message>
    <message>
        <source>Each backup with the date it was taken, its item and source counts, and whether it passed the integrity check</source>
        <translation>Cada cópia de segurança com a data, o número de elementos e de fontes, e o resultado da verificação de integridade</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Listing the backups</source>
        <translation>Listagem das cópias de segurança</translation>
    </message>
    <message>
        <source>checked, can be restored</source>
        <translation>verificada, pode ser restaurada</translation>
    </message>
    <message>
        <source>not offered: it {problem}</source>
        <translation>não proposta: {problem}</translation>
    </message>
    <message>
        <source>There are no backups yet. Use Library ▸ Back up now to take one.</source>
        <translation>Ainda não há cópias de segurança. Use Biblioteca ▸ Fazer cópia de segurança agora para criar uma.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s)</source>
        <translation>
            <numerusform>%Ln cópia de segurança</numerusform>
            <numerusform>%Ln cópias de segurança</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln passed the integrity check.</source>
        <translation>
            <numerusform>%Ln passou na verificação de integridade.</numerusform>
            <numerusform>%Ln passaram na verificação de integridade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring replaces the library&apos;s content; a safety backup of it is taken first.</source>
        <translation>A restauração substitui o conteúdo da biblioteca; é feita antes uma cópia de segurança.</translation>
    </message>
    <message>
        <source>This library is read-only here.</source>
        <translation>Esta biblioteca é só de leitura aqui.</translation>
    </message>
    <message numerus="yes">
        <source>Replace the library with the backup taken {moment} (%Ln item(s))?</source>
        <translation>
            <numerusform>Substituir a biblioteca pela cópia de segurança feita em {moment} (%Ln elemento)?</numerusform>
            <numerusform>Substituir a biblioteca pela cópia de segurança feita em {moment} (%Ln elementos)?</numerusform>
        </translation>
    </message>
    <message>
        <source>A safety backup of the library as it is now is taken first, so this can be reversed.</source>
        <translation>É feita antes uma cópia de segurança da biblioteca tal como está, pelo que a operação pode ser revertida.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>A restaurar…</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Nada foi restaurado.</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Restauração da cópia de segurança</translation>
    </message>
    <message>
        <source>Restored the backup taken {moment}. The library as it was is in {file}.</source>
        <translation>Cópia de segurança de {moment} restaurada. A biblioteca tal como estava encontra-se em {file}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Set by your organisation&apos;s configuration.</source>
        <translation>Definido pela configuração da sua organização.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>P&amp;rocurar…</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta EUA</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Língua do sistema ({language})</translation>
    </message>
    <message>
        <source>The interface changes language when the app next starts.</source>
        <translation>A interface muda de língua quando a aplicação voltar a ser iniciada.</translation>
    </message>
    <message>
        <source>Organisation name on the cover</source>
        <translation>Nome da organização na capa</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>Ficheiro do logótipo</translation>
    </message>
    <message>
        <source>Default classification</source>
        <translation>Classificação predefinida</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamanho do papel</translation>
    </message>
    <message>
        <source>Pack language</source>
        <translation>Língua dos dossiers</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Língua da interface</translation>
    </message>
    <message>
        <source>Set by the environment variable {name}.</source>
        <translation>Definido pela variável de ambiente {name}.</translation>
    </message>
    <message>
        <source>Choose the logo file</source>
        <translation>Escolher o ficheiro do logótipo</translation>
    </message>
    <message>
        <source>A PNG or JPEG image printed on the cover</source>
        <translation>Uma imagem PNG ou JPEG impressa na capa</translation>
    </message>
    <message>
        <source>&amp;Organisation (on the cover):</source>
        <translation>&amp;Organização (na capa):</translation>
    </message>
    <message>
        <source>Lo&amp;go (PNG or JPEG):</source>
        <translation>Lo&amp;gótipo (PNG ou JPEG):</translation>
    </message>
    <message>
        <source>Default &amp;classification:</source>
        <translation>&amp;Classificação predefinida:</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>&amp;Tamanho do papel:</translation>
    </message>
    <message>
        <source>Pack &amp;language:</source>
        <translation>&amp;Língua dos dossiers:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Língua da &amp;interface:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Pasta dos dados:</translation>
    </message>
    <message>
        <source>chosen by: {reason}; library {file}</source>
        <translation>escolhida por: {reason}; biblioteca {file}</translation>
    </message>
    <message>
        <source>none (built-in defaults)</source>
        <translation>nenhuma (valores predefinidos)</translation>
    </message>
    <message>
        <source>Configuration read from: {files}</source>
        <translation>Configuração lida de: {files}</translation>
    </message>
    <message>
        <source>The library is read-only in this installation.</source>
        <translation>A biblioteca é só de leitura nesta instalação.</translation>
    </message>
    <message>
        <source>&amp;Back up the library now</source>
        <translation>Fazer &amp;cópia de segurança da biblioteca agora</translation>
    </message>
    <message>
        <source>Organisation logo</source>
        <translation>Logótipo da organização</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imagens (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SourcesTab</name>
    <message>
        <source>Filter sources…</source>
        <translation>Filtrar as fontes…</translation>
    </message>
    <message>
        <source>Filter sources</source>
        <translation>Filtrar as fontes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-DD, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <source>The original publisher&apos;s own address</source>
        <translation>O endereço próprio do editor original</translation>
    </message>
    <message>
        <source>Mirror, transcription or news page read, and when (never printed)</source>
        <translation>Cópia, transcrição ou notícia lida, e quando (nunca impresso)</translation>
    </message>
    <message>
        <source>Source read at</source>
        <translation>Fonte lida em</translation>
    </message>
    <message>
        <source>H, M or L</source>
        <translation>H, M ou L</translation>
    </message>
    <message>
        <source>Source confidence</source>
        <translation>Fiabilidade da fonte</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>Título da fonte</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Source publisher</source>
        <translation>Editor da fonte</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>Editor:</translation>
    </message>
    <message>
        <source>Source date</source>
        <translation>Data da fonte</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>URL da fonte</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>Referência da fonte</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referência:</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>Língua da fonte</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Língua:</translation>
    </message>
    <message>
        <source>Read at:</source>
        <translation>Lida em:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>Fiabilidade:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nova fonte</translation>
    </message>
    <message>
        <source>Save source</source>
        <translation>Guardar a fonte</translation>
    </message>
    <message>
        <source>Delete source…</source>
        <translation>Eliminar a fonte…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Add source “{title}”</source>
        <translation>Acrescentar a fonte «{title}»</translation>
    </message>
    <message>
        <source>Edit source “{title}”</source>
        <translation>Editar a fonte «{title}»</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>Eliminar a fonte</translation>
    </message>
    <message>
        <source>Delete the source “{title}”?</source>
        <translation>Eliminar a fonte «{title}»?</translation>
    </message>
    <message>
        <source>Saving the source</source>
        <translation>Gravação da fonte</translation>
    </message>
</context>
<context>
    <name>Spec</name>
    <message>
        <source>unknown country form {form}; use one of {forms}</source>
        <translation>forma de nome de país desconhecida {form}; use uma destas: {forms}</translation>
    </message>
    <message>
        <source>Choose a country: type its name or code, or pick it from the list.</source>
        <translation>Escolha um país: escreva o nome ou o código, ou escolha-o na lista.</translation>
    </message>
    <message>
        <source>“{typed}” is not a country in the library: type a name (English, French, Portuguese or Arabic) or an ISO code such as ETH or ET.</source>
        <translation>«{typed}» não é um país da biblioteca: escreva um nome (em inglês, francês, português ou árabe) ou um código ISO como ETH ou ET.</translation>
    </message>
    <message numerus="yes">
        <source>“{typed}” could be {countries} and %Ln more: type more of the name, or its code.</source>
        <translation>
            <numerusform>«{typed}» pode ser {countries} e mais %Ln: escreva mais letras do nome, ou o código.</numerusform>
            <numerusform>«{typed}» pode ser {countries} e mais %Ln: escreva mais letras do nome, ou o código.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{typed}” could be {countries}: type more of the name, or its code.</source>
        <translation>«{typed}» pode ser {countries}: escreva mais letras do nome, ou o código.</translation>
    </message>
    <message>
        <source>Choose a template from the list.</source>
        <translation>Escolha um modelo da lista.</translation>
    </message>
    <message>
        <source>“{typed}” could be more than one template: choose one of {options}.</source>
        <translation>«{typed}» pode corresponder a vários modelos: escolha entre {options}.</translation>
    </message>
    <message>
        <source>“{typed}” is not a template here: choose one of {options}.</source>
        <translation>«{typed}» não é um modelo disponível: escolha entre {options}.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>Escolha uma língua da lista.</translation>
    </message>
    <message>
        <source>“{typed}” could be more than one language: choose one of {options}.</source>
        <translation>«{typed}» pode corresponder a várias línguas: escolha entre {options}.</translation>
    </message>
    <message>
        <source>“{typed}” is not a language here: choose one of {options}.</source>
        <translation>«{typed}» não é uma língua disponível: escolha entre {options}.</translation>
    </message>
    <message>
        <source>Choose a marking from the list.</source>
        <translation>Escolha uma classificação da lista.</translation>
    </message>
    <message>
        <source>“{typed}” could be more than one marking: choose one of {options}.</source>
        <translation>«{typed}» pode corresponder a várias classificações: escolha entre {options}.</translation>
    </message>
    <message>
        <source>“{typed}” is not a marking here: choose one of {options}.</source>
        <translation>«{typed}» não é uma classificação disponível: escolha entre {options}.</translation>
    </message>
    <message>
        <source>Choose a {what} from the list.</source>
        <translation>Escolha um valor ({what}) da lista.</translation>
    </message>
    <message>
        <source>“{typed}” could be more than one {what}: choose one of {options}.</source>
        <translation>«{typed}» pode corresponder a vários valores ({what}): escolha entre {options}.</translation>
    </message>
    <message>
        <source>“{typed}” is not a {what} here: choose one of {options}.</source>
        <translation>«{typed}» não é um valor possível ({what}): escolha entre {options}.</translation>
    </message>
    <message>
        <source>{id} is not a draft id.</source>
        <translation>{id} não é um identificador de rascunho.</translation>
    </message>
    <message>
        <source>Cannot create the drafts folder {folder}: {error}.</source>
        <translation>Não é possível criar a pasta dos rascunhos {folder}: {error}.</translation>
    </message>
    <message>
        <source>The draft {path} cannot be read ({error}).</source>
        <translation>O rascunho {path} não pode ser lido ({error}).</translation>
    </message>
    <message>
        <source>must be a table of the pack&apos;s fields (template, country …), not {shape}</source>
        <translation>deve ser uma tabela dos campos do dossier (template, country…), e não {shape}</translation>
    </message>
    <message>
        <source>is not a known field (known there: {known})</source>
        <translation>não é um campo conhecido (campos conhecidos aqui: {known})</translation>
    </message>
    <message>
        <source>must be a list, not {shape}</source>
        <translation>deve ser uma lista, e não {shape}</translation>
    </message>
    <message>
        <source>must be a table by section id, not {shape}</source>
        <translation>deve ser uma tabela por identificador de secção, e não {shape}</translation>
    </message>
    <message>
        <source>must be a table (pinned, dropped, order, free_text, hidden), not {shape}</source>
        <translation>deve ser uma tabela (pinned, dropped, order, free_text, hidden), e não {shape}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>deve ser true ou false</translation>
    </message>
    <message>
        <source>must be one of {options}</source>
        <translation>deve ser um dos valores seguintes: {options}</translation>
    </message>
    <message>
        <source>must be a4 or letter</source>
        <translation>deve ser a4 ou letter</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>section {id}</source>
        <translation>secção {id}</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>uma tabela</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <source>must be text, not {shape}</source>
        <translation>deve ser texto, e não {shape}</translation>
    </message>
    <message>
        <source>In the spec file {path}: {where}</source>
        <translation>No ficheiro de especificação {path}: {where}</translation>
    </message>
    <message>
        <source>In the spec file {path}</source>
        <translation>No ficheiro de especificação {path}</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte})</source>
        <translation>não é texto UTF-8 (byte {byte})</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>não pode ser lido ({error})</translation>
    </message>
    <message>
        <source>is not valid JSON: {error} at line {line}, column {column}</source>
        <translation>não é JSON válido: {error} na linha {line}, coluna {column}</translation>
    </message>
    <message>
        <source>is not valid JSON: nested too deeply</source>
        <translation>não é JSON válido: aninhamento demasiado profundo</translation>
    </message>
    <message>
        <source>The template {name} has no section {section}.</source>
        <translation>O modelo {name} não tem a secção {section}.</translation>
    </message>
    <message>
        <source>In the template {path}: {where} {message}.</source>
        <translation>No modelo {path}: {where} {message}.</translation>
    </message>
    <message>
        <source>must be a list of text</source>
        <translation>deve ser uma lista de textos</translation>
    </message>
    <message>
        <source>must be text, or a table of texts by language (en = &quot;...&quot;, fr = &quot;...&quot;)</source>
        <translation>deve ser um texto, ou uma tabela de textos por língua (en = &quot;...&quot;, fr = &quot;...&quot;)</translation>
    </message>
    <message>
        <source>needs at least an English (en) text</source>
        <translation>precisa de pelo menos um texto em inglês (en)</translation>
    </message>
    <message>
        <source>must be a table, e.g. select = {{ kinds = [&quot;fact&quot;] }}</source>
        <translation>deve ser uma tabela, por exemplo select = {{ kinds = [&quot;fact&quot;] }}</translation>
    </message>
    <message>
        <source>is not a known setting ({known})</source>
        <translation>não é uma definição conhecida ({known})</translation>
    </message>
    <message>
        <source>names an unknown kind {kind} (known: {known})</source>
        <translation>indica um tipo desconhecido {kind} (conhecidos: {known})</translation>
    </message>
    <message>
        <source>must list values from {options}</source>
        <translation>deve indicar valores de entre: {options}</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 5000</source>
        <translation>deve ser um número inteiro de 1 a 5000</translation>
    </message>
    <message>
        <source>Cannot read the template {path}: {error}.</source>
        <translation>Não é possível ler o modelo {path}: {error}.</translation>
    </message>
    <message>
        <source>The template {path} is not valid TOML: {error}.</source>
        <translation>O modelo {path} não é TOML válido: {error}.</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>deve ser um texto não vazio</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>deve ser um número inteiro</translation>
    </message>
    <message>
        <source>is missing: a template needs at least one section</source>
        <translation>está em falta: um modelo precisa de pelo menos uma secção</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>deve ser uma tabela</translation>
    </message>
    <message>
        <source>{id} is used twice</source>
        <translation>{id} é usado duas vezes</translation>
    </message>
    <message>
        <source>must be a table of lists by language</source>
        <translation>deve ser uma tabela de listas por língua</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>deve ser uma lista</translation>
    </message>
    <message>
        <source>must be {{ framework = &quot;...&quot;, topic = &quot;...&quot; }}</source>
        <translation>deve ser {{ framework = &quot;...&quot;, topic = &quot;...&quot; }}</translation>
    </message>
    <message>
        <source>must be a whole number of pages from 0 (no limit) to 1000</source>
        <translation>deve ser um número inteiro de páginas de 0 (sem limite) a 1000</translation>
    </message>
    <message>
        <source>There is no template named {name}. Available: {names}.</source>
        <translation>Não há nenhum modelo chamado {name}. Disponíveis: {names}.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cannot start the export: {error}</source>
        <translation>Não é possível iniciar a exportação: {error}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly.</source>
        <translation>A exportação parou inesperadamente.</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly (exit code {code}).</source>
        <translation>A exportação parou inesperadamente (código de saída {code}).</translation>
    </message>
</context>
<context>
    <name>TranslationEditor</name>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francês</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Locator</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>AU name</source>
        <translation>Nome na UA</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Original {field}</source>
        <translation>{field} (original)</translation>
    </message>
    <message>
        <source>{field} in {language}</source>
        <translation>{field} ({language})</translation>
    </message>
    <message>
        <source>Original: {text}</source>
        <translation>Original: {text}</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>Traduzir</translation>
    </message>
    <message>
        <source>Translation editor</source>
        <translation>Editor de traduções</translation>
    </message>
    <message>
        <source>Language to translate into</source>
        <translation>Língua da tradução</translation>
    </message>
    <message>
        <source>Translate &amp;into:</source>
        <translation>&amp;Traduzir para:</translation>
    </message>
    <message>
        <source>Records to translate</source>
        <translation>Registos a traduzir</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Missing a version&lt;/b&gt;</source>
        <translation>&lt;b&gt;Versão em &amp;falta&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nada selecionado</translation>
    </message>
    <message>
        <source>Unofficial translation, by the editors</source>
        <translation>Tradução não oficial, pela redação</translation>
    </message>
    <message>
        <source>Official version, published by the source</source>
        <translation>Versão oficial, publicada pela fonte</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Proveniência</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Tradutor</translation>
    </message>
    <message>
        <source>Who translated it (required for an unofficial translation)</source>
        <translation>Quem traduziu (obrigatório numa tradução não oficial)</translation>
    </message>
    <message>
        <source>Date of the translation</source>
        <translation>Data da tradução</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>AAAA-MM-DD, AAAA-MM ou AAAA</translation>
    </message>
    <message>
        <source>&amp;Provenance:</source>
        <translation>&amp;Proveniência:</translation>
    </message>
    <message>
        <source>T&amp;ranslator:</source>
        <translation>T&amp;radutor:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save this version (Ctrl+S)</source>
        <translation>Guardar esta versão (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Listing what to translate</source>
        <translation>Listagem do que há a traduzir</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between field names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{record} {key}: no {language} version of {fields}</source>
        <translation>{record} {key}: sem versão ({language}) de {fields}</translation>
    </message>
    <message numerus="yes">
        <source>Missing in %1: %Ln record(s).</source>
        <translation>
            <numerusform>Sem versão (%1): %Ln registo.</numerusform>
            <numerusform>Sem versão (%1): %Ln registos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything here has a %1 version.</source>
        <translation>Tudo aqui tem versão (%1).</translation>
    </message>
    <message>
        <source>Opening the record</source>
        <translation>Abertura do registo</translation>
    </message>
    <message>
        <source>Nothing to translate here.</source>
        <translation>Nada a traduzir aqui.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Original&lt;/b&gt; ({language})</source>
        <translation>&lt;b&gt;Original&lt;/b&gt; ({language})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{language}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{language}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unsaved translation</source>
        <translation>Tradução não guardada</translation>
    </message>
    <message>
        <source>This translation has changes that are not saved. Discard them?</source>
        <translation>Esta tradução tem alterações não guardadas. Descartá-las?</translation>
    </message>
    <message>
        <source>Optional for an official version</source>
        <translation>Facultativo numa versão oficial</translation>
    </message>
    <message>
        <source>Saved the {language} version of “{title}”.</source>
        <translation>Tradução de «{title}» guardada ({language}).</translation>
    </message>
    <message>
        <source>Translate “{title}” into {language}</source>
        <translation>Traduzir «{title}» ({language})</translation>
    </message>
    <message>
        <source>Saving the translation</source>
        <translation>Gravação da tradução</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>No person has the id or uid {key}.</source>
        <translation>Nenhuma pessoa tem o identificador ou o uid {key}.</translation>
    </message>
    <message>
        <source>person {name}</source>
        <translation>pessoa {name}</translation>
    </message>
    <message>
        <source>no source has the uid {uid}</source>
        <translation>nenhuma fonte tem o uid {uid}</translation>
    </message>
    <message>
        <source>{code} is not a country in the library</source>
        <translation>{code} não é um país da biblioteca</translation>
    </message>
    <message>
        <source>{uid} exists already</source>
        <translation>{uid} já existe</translation>
    </message>
    <message>
        <source>country {code}</source>
        <translation>país {code}</translation>
    </message>
    <message>
        <source>must be one of {options}</source>
        <translation>tem de ser um dos seguintes: {options}</translation>
    </message>
    <message>
        <source>country {code} status</source>
        <translation>situação do país {code}</translation>
    </message>
    <message>
        <source>{uid} is already used</source>
        <translation>{uid} já está a ser utilizado</translation>
    </message>
    <message>
        <source>The person {name} was changed elsewhere (revision {revision}, you edited revision {edited}); reload it and apply your edit again.</source>
        <translation>A pessoa {name} foi alterada noutro local (revisão {revision}, editou a revisão {edited}); recarregue-a e volte a aplicar a sua alteração.</translation>
    </message>
    <message>
        <source>the image is too large (over {limit} megapixels)</source>
        <translation>a imagem é demasiado grande (mais de {limit} megapíxeis)</translation>
    </message>
    <message>
        <source>is not a readable PNG or JPEG image ({error})</source>
        <translation>não é uma imagem PNG ou JPEG legível ({error})</translation>
    </message>
    <message>
        <source>person</source>
        <translation>pessoa</translation>
    </message>
    <message>
        <source>must be the bytes of a PNG or JPEG file</source>
        <translation>tem de ser o conteúdo de um ficheiro PNG ou JPEG</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>o ficheiro está vazio</translation>
    </message>
    <message>
        <source>the file is too large ({size} MB; the limit is {limit} MB)</source>
        <translation>o ficheiro é demasiado grande ({size} MB; o limite é {limit} MB)</translation>
    </message>
    <message>
        <source>is not a PNG or JPEG image (other formats, and files merely named .png or .jpg, are refused)</source>
        <translation>não é uma imagem PNG ou JPEG (outros formatos, e ficheiros apenas com o nome .png ou .jpg, são recusados)</translation>
    </message>
    <message>
        <source>the image is too large ({width}×{height} pixels; the limit is {limit} megapixels)</source>
        <translation>a imagem é demasiado grande ({width}×{height} píxeis; o limite é {limit} megapíxeis)</translation>
    </message>
    <message>
        <source>the image is too small ({width}×{height} pixels) to print</source>
        <translation>a imagem é demasiado pequena ({width}×{height} píxeis) para ser impressa</translation>
    </message>
    <message>
        <source>the image is fully transparent (no visible pixels) and would print blank</source>
        <translation>a imagem é totalmente transparente (nenhum píxel visível) e seria impressa em branco</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>tradução</translation>
    </message>
    <message>
        <source>must be one of {options}, not {value}</source>
        <translation>tem de ser um dos seguintes: {options}, e não {value}</translation>
    </message>
    <message>
        <source>{record} {key} translation {language}</source>
        <translation>{record} {key}, tradução {language}</translation>
    </message>
    <message>
        <source>item</source>
        <translation>elemento</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fonte</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>status</source>
        <translation>situação</translation>
    </message>
    <message>
        <source>No item has the uid {key}.</source>
        <translation>Nenhum elemento tem o uid {key}.</translation>
    </message>
    <message>
        <source>No source has the uid {key}.</source>
        <translation>Nenhuma fonte tem o uid {key}.</translation>
    </message>
    <message>
        <source>No country has the code {key}.</source>
        <translation>Nenhum país tem o código {key}.</translation>
    </message>
    <message>
        <source>No status has the uid {key}.</source>
        <translation>Nenhuma situação tem o uid {key}.</translation>
    </message>
    <message>
        <source>The item {key} has no version in {language}.</source>
        <translation>O elemento {key} não tem versão em {language}.</translation>
    </message>
    <message>
        <source>The source {key} has no version in {language}.</source>
        <translation>A fonte {key} não tem versão em {language}.</translation>
    </message>
    <message>
        <source>The country {key} has no version in {language}.</source>
        <translation>O país {key} não tem versão em {language}.</translation>
    </message>
    <message>
        <source>The status {key} has no version in {language}.</source>
        <translation>A situação {key} não tem versão em {language}.</translation>
    </message>
    <message>
        <source>must be text, not {type}</source>
        <translation>tem de ser texto, e não {type}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>é obrigatório</translation>
    </message>
    <message>
        <source>is too long ({length} characters; the limit is {limit})</source>
        <translation>é demasiado longo ({length} caracteres; o limite é {limit})</translation>
    </message>
    <message>
        <source>contains characters that are not valid Unicode (lone surrogates)</source>
        <translation>contém caracteres Unicode inválidos (substitutos isolados)</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, YYYY-MM or YYYY, not {value}</source>
        <translation>tem de ser uma data escrita AAAA-MM-DD, AAAA-MM ou AAAA, e não {value}</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, not {value}</source>
        <translation>tem de ser uma data escrita AAAA-MM-DD, e não {value}</translation>
    </message>
    <message>
        <source>must be a full date written YYYY-MM-DD, not {value}</source>
        <translation>tem de ser uma data completa escrita AAAA-MM-DD, e não {value}</translation>
    </message>
    <message>
        <source>{value} is not a real date</source>
        <translation>{value} não é uma data válida</translation>
    </message>
    <message>
        <source>must be a language code such as &apos;en&apos; or &apos;pt-BR&apos;, not {value}</source>
        <translation>tem de ser um código de língua como &apos;en&apos; ou &apos;pt-BR&apos;, e não {value}</translation>
    </message>
    <message>
        <source>must be one of H, M, L or empty, not {value}</source>
        <translation>tem de ser H, M, L ou vazio, e não {value}</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>tem de ser uma lista</translation>
    </message>
    <message>
        <source>lists {value} twice</source>
        <translation>indica {value} duas vezes</translation>
    </message>
    <message>
        <source>has {count} entries; the limit is {limit}</source>
        <translation>tem {count} entradas; o limite é {limit}</translation>
    </message>
    <message>
        <source>{value} is not an ISO 3166-1 alpha-3 code such as ETH</source>
        <translation>{value} não é um código ISO 3166-1 alfa-3 como ETH</translation>
    </message>
    <message>
        <source>must start with http://, https://, file:, urn: or doi:</source>
        <translation>tem de começar por http://, https://, file:, urn: ou doi:</translation>
    </message>
    <message>
        <source>is the original&apos;s own language ({language}); edit the record itself instead</source>
        <translation>é a língua do original ({language}); edite antes o próprio registo</translation>
    </message>
    <message>
        <source>must be &apos;official&apos; or &apos;unofficial&apos;, not {value}</source>
        <translation>tem de ser &apos;official&apos; ou &apos;unofficial&apos;, e não {value}</translation>
    </message>
    <message>
        <source>is required for an unofficial translation</source>
        <translation>é obrigatório para uma tradução não oficial</translation>
    </message>
    <message>
        <source>must be a list of (field, text) pairs</source>
        <translation>tem de ser uma lista de pares (campo, texto)</translation>
    </message>
    <message>
        <source>is not a translatable field of a {record} (those are: {fields})</source>
        <translation>não é um campo traduzível do tipo {record} (os campos traduzíveis são: {fields})</translation>
    </message>
    <message>
        <source>is given twice</source>
        <translation>é indicado duas vezes</translation>
    </message>
    <message>
        <source>gives no text (a {record} version needs at least one of {fields})</source>
        <translation>não indica nenhum texto (uma versão do tipo {record} precisa de pelo menos um dos campos {fields})</translation>
    </message>
    <message>
        <source>contains a control character ({code}); it must be one line of printable text</source>
        <translation>contém um carácter de controlo ({code}); tem de ser uma só linha de texto imprimível</translation>
    </message>
    <message>
        <source>must be a person record</source>
        <translation>tem de ser um registo de pessoa</translation>
    </message>
    <message>
        <source>must be an ISO 3166-1 alpha-3 code such as ETH, or empty, not {value}</source>
        <translation>tem de ser um código ISO 3166-1 alfa-3 como ETH, ou vazio, e não {value}</translation>
    </message>
    <message>
        <source>must be a list of (language, name) pairs</source>
        <translation>tem de ser uma lista de pares (língua, nome)</translation>
    </message>
    <message>
        <source>{value} is not a language code such as &apos;ar&apos;</source>
        <translation>{value} não é um código de língua como &apos;ar&apos;</translation>
    </message>
    <message>
        <source>must be a list of language codes</source>
        <translation>tem de ser uma lista de códigos de língua</translation>
    </message>
    <message>
        <source>{value} is not a language code such as &apos;am&apos; or &apos;pt-BR&apos;</source>
        <translation>{value} não é um código de língua como &apos;am&apos; ou &apos;pt-BR&apos;</translation>
    </message>
    <message>
        <source>must be a list of biography lines</source>
        <translation>tem de ser uma lista de linhas de biografia</translation>
    </message>
    <message>
        <source>has {count} lines; the limit is {limit}</source>
        <translation>tem {count} linhas; o limite é {limit}</translation>
    </message>
    <message>
        <source>must be a biography line (text, source, as_of, locator)</source>
        <translation>tem de ser uma linha de biografia (texto, fonte, as_of, localização)</translation>
    </message>
    <message>
        <source>is required: say as of when the line was true</source>
        <translation>é obrigatório: indique a partir de que data a linha era verdadeira</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Fact</source>
        <translation>Facto</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Excerto</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromisso</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>Apelo à ação</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo passo</translation>
    </message>
    <message>
        <source>Line to take</source>
        <translation>Linha de argumentação</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Likely ask</source>
        <translation>Pedido provável</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Ponto sensível</translation>
    </message>
    <message>
        <source>Press line</source>
        <translation>Linha para a imprensa</translation>
    </message>
    <message>
        <source>WePROTECT Model National Response</source>
        <translation>Modelo de Resposta Nacional WePROTECT</translation>
    </message>
    <message>
        <source>WePROTECT Global Strategic Response</source>
        <translation>Resposta Estratégica Global WePROTECT</translation>
    </message>
    <message>
        <source>Global Threat Assessment 2019</source>
        <translation>Avaliação Global da Ameaça 2019</translation>
    </message>
    <message>
        <source>Addis Ababa Summit Communiqué 2019</source>
        <translation>Comunicado da Cimeira de Adis Abeba 2019</translation>
    </message>
    <message>
        <source>WePROTECT Statement of Action</source>
        <translation>Declaração de Ação WePROTECT</translation>
    </message>
    <message>
        <source>AU Malabo Convention</source>
        <translation>Convenção de Malabo da UA</translation>
    </message>
    <message>
        <source>African Charter on the Rights and Welfare of the Child</source>
        <translation>Carta Africana dos Direitos e Bem-Estar da Criança</translation>
    </message>
    <message>
        <source>UN CRC Optional Protocol on the sale of children</source>
        <translation>Protocolo Facultativo à CDC das Nações Unidas relativo à venda de crianças</translation>
    </message>
    <message>
        <source>UN Convention on the Rights of the Child</source>
        <translation>Convenção das Nações Unidas sobre os Direitos da Criança</translation>
    </message>
    <message>
        <source>Northern Africa</source>
        <translation>África do Norte</translation>
    </message>
    <message>
        <source>Southern Africa</source>
        <translation>África Austral</translation>
    </message>
    <message>
        <source>Eastern Africa</source>
        <translation>África Oriental</translation>
    </message>
    <message>
        <source>Western Africa</source>
        <translation>África Ocidental</translation>
    </message>
    <message>
        <source>Central Africa</source>
        <translation>África Central</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>não indicada</translation>
    </message>
    <message>
        <source>high: stated in a primary or official source</source>
        <translation>elevada: indicado numa fonte primária ou oficial</translation>
    </message>
    <message>
        <source>medium: stated in a reputable secondary source</source>
        <translation>média: indicado numa fonte secundária reputada</translation>
    </message>
    <message>
        <source>low: partial or indirect</source>
        <translation>baixa: parcial ou indireto</translation>
    </message>
    <message>
        <source>Malabo Convention (AU Convention on Cyber Security and Personal Data Protection)</source>
        <translation>Convenção de Malabo (Convenção da União Africana sobre a Cibersegurança e a Proteção de Dados Pessoais)</translation>
    </message>
    <message>
        <source>Participation in African Union activities</source>
        <translation>Participação nas atividades da União Africana</translation>
    </message>
    <message>
        <source>ratified</source>
        <translation>ratificou</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>assinou</translation>
    </message>
    <message>
        <source>not ratified</source>
        <translation>não ratificou</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>participação suspensa</translation>
    </message>
    <message>
        <source>participating</source>
        <translation>participa</translation>
    </message>
    <message>
        <source>reinstated</source>
        <translation>reintegração</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>situação desconhecida</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outro</translation>
    </message>
</context>
<context>
    <name>_FieldsForm</name>
    <message>
        <source>Edit &apos;{field}&apos;</source>
        <translation>Editar «{field}»</translation>
    </message>
</context>
</TS>
