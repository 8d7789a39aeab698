<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en_GB">
<context>
    <name>AnnotationCommands</name>
    <message>
        <location filename="../models/annotations/AnnotationCommands.cpp" line="+19"/>
        <source>The change could not be saved: %1</source>
        <translation>Nid oedd modd cadw&apos;r newid: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no database is open</source>
        <translation>nid oes cronfa ddata ar agor</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Annotate passage</source>
        <translation>Anodi darn</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit annotation</source>
        <translation>Golygu anodiad</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Delete annotation</source>
        <translation>Dileu anodiad</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Create checklist</source>
        <translation>Creu rhestr wirio</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rename checklist</source>
        <translation>Ailenwi rhestr wirio</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete checklist</source>
        <translation>Dileu rhestr wirio</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add item</source>
        <translation>Ychwanegu eitem</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit item</source>
        <translation>Golygu eitem</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move item</source>
        <translation>Symud eitem</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete item</source>
        <translation>Dileu eitem</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Dismiss suggestion</source>
        <translation>Gwrthod awgrym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore suggestion</source>
        <translation>Adfer awgrym</translation>
    </message>
</context>
<context>
    <name>AnnotationStore</name>
    <message>
        <location filename="../models/annotations/AnnotationStore.cpp" line="+83"/>
        <source>it no longer exists in the database</source>
        <translation>nid yw&apos;n bodoli yn y gronfa ddata mwyach</translation>
    </message>
    <message>
        <location line="+403"/>
        <source>%1 changed this annotation at %2, after you opened it; your change was not saved. It now reads: %3, &quot;%4&quot;</source>
        <translation>Newidiodd %1 yr anodiad hwn am %2, ar ôl i chi ei agor; ni chadwyd eich newid. Mae bellach yn darllen: %3, &quot;%4&quot;</translation>
    </message>
</context>
<context>
    <name>Area</name>
    <message>
        <location filename="../models/domain/DocumentFacts.cpp" line="+45"/>
        <source>Overall effectiveness</source>
        <translation>Effeithiolrwydd cyffredinol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact of leaders</source>
        <translation>Effaith arweinwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help and protection</source>
        <translation>Help ac amddiffyniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children in care</source>
        <translation>Plant sy&apos;n derbyn gofal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care leavers</source>
        <translation>Ymadawyr gofal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adoption</source>
        <translation>Mabwysiadu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LSCB</source>
        <translation>LSCB</translation>
    </message>
</context>
<context>
    <name>AssignAuthorityCommand</name>
    <message>
        <location filename="../models/annotations/AssignAuthorityCommand.cpp" line="+16"/>
        <source>File as read</source>
        <translation>Ffeilio fel y&apos;i darllenwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign to %1</source>
        <translation>Pennu i %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The change could not be saved: %1</source>
        <translation>Nid oedd modd cadw&apos;r newid: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no database is open</source>
        <translation>nid oes cronfa ddata ar agor</translation>
    </message>
</context>
<context>
    <name>AuthoritySummaryContent</name>
    <message>
        <location filename="../models/export/AuthoritySummaryContent.cpp" line="+71"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: authority summary</source>
        <translation>%1: crynodeb o&apos;r awdurdod</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Documents: %1, from %2 to %3.</source>
        <translation>Dogfennau: %1, o %2 i %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contents</source>
        <translation>Cynnwys</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+35"/>
        <source>Timeline</source>
        <translation>Llinell amser</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>Documents</source>
        <translation>Dogfennau</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+34"/>
        <source>Progress on checklists</source>
        <translation>Cynnydd yn erbyn y rhestrau gwirio</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Section</source>
        <translation>Adran</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page</source>
        <translation>Tudalen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No documents of this authority are in the database.</source>
        <translation>Nid oes unrhyw ddogfennau gan yr awdurdod hwn yn y gronfa ddata.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inspection: %1</source>
        <translation>Arolygiad: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published: %1</source>
        <translation>Cyhoeddwyd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead inspector: %1</source>
        <translation>Arolygydd arweiniol: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recommendations: %1</source>
        <translation>Argymhellion: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LSCB recommendations: %1</source>
        <translation>Argymhellion LSCB: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This authority has no checklists yet.</source>
        <translation>Nid oes gan yr awdurdod hwn restrau gwirio eto.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing in this authority&apos;s later documents has been annotated against this checklist yet.</source>
        <translation>Nid oes dim yn nogfennau diweddarach yr awdurdod hwn wedi&apos;i anodi yn erbyn y rhestr wirio hon eto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Evidence for item %1</source>
        <translation>Tystiolaeth ar gyfer eitem %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note:</source>
        <translation>Nodyn:</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <location filename="../models/annotations/Checklists.cpp" line="+34"/>
        <source>%1: recommendations of the %2</source>
        <translation>%1: argymhellion %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <comment>month and year, then the kind of document</comment>
        <translation>%2 %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Recommendation %1, page %2</source>
        <translation>Argymhelliad %1, tudalen %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>LSCB recommendation %1, page %2</source>
        <translation>Argymhelliad LSCB %1, tudalen %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>not valid JSON: %1</source>
        <translation>nid yw&apos;n JSON dilys: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a checklist: it needs a &quot;name&quot; and a list of &quot;items&quot;</source>
        <translation>nid yw&apos;n rhestr wirio: mae angen &quot;name&quot; a rhestr o &quot;items&quot; arni</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an item has no &quot;title&quot;</source>
        <translation>nid oes &quot;title&quot; gan un o&apos;r eitemau</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>LSCB %1</source>
        <comment>the LSCB&apos;s own recommendation number</comment>
        <translation>LSCB %1</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Area for priority action %1, page %2</source>
        <translation>Maes ar gyfer gweithredu blaenoriaethol %1, tudalen %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; responsible: %1</source>
        <translation>; yn gyfrifol: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area for improvement %1, page %2</source>
        <translation>Maes i’w wella %1, tudalen %2</translation>
    </message>
</context>
<context>
    <name>CorrectFactCommand</name>
    <message>
        <location filename="../models/annotations/CorrectFactCommand.cpp" line="+55"/>
        <source>The correction could not be saved: %1</source>
        <translation>Nid oedd modd cadw&apos;r cywiriad: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no database is open</source>
        <translation>nid oes cronfa ddata ar agor</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <location filename="../models/export/DataExport.cpp" line="+53"/>
        <location line="+56"/>
        <source>Document id</source>
        <translation>ID y ddogfen</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+56"/>
        <source>Authority</source>
        <translation>Awdurdod</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Authority code</source>
        <translation>Cod yr awdurdod</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection start</source>
        <translation>Dechrau&apos;r arolygiad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspection end</source>
        <translation>Diwedd yr arolygiad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Published</source>
        <translation>Cyhoeddwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead inspector</source>
        <translation>Arolygydd arweiniol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspectors</source>
        <translation>Arolygwyr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Area SEND outcome</source>
        <translation>Canlyniad SEND ardal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous inspection</source>
        <translation>Arolygiad blaenorol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other judgements</source>
        <translation>Barnau eraill</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommendations</source>
        <translation>Argymhellion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LSCB recommendations</source>
        <translation>Argymhellion LSCB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Corrected</source>
        <translation>Wedi&apos;i gywiro</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Annotation id</source>
        <translation>ID yr anodiad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Dogfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page</source>
        <translation>Tudalen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passage</source>
        <translation>Darn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checklist</source>
        <translation>Rhestr wirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist item</source>
        <translation>Eitem ar y rhestr wirio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Crëwyd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Newidiwyd</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/store/Migrations.cpp" line="+54"/>
        <source>cannot read the schema version</source>
        <translation>ni ellir darllen fersiwn y sgema</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the database was made by a newer Oversight (schema %1; this version understands up to %2)</source>
        <translation>crëwyd y gronfa ddata gan fersiwn mwy diweddar o Oversight (sgema %1; mae&apos;r fersiwn hon yn deall hyd at %2)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>migration to schema %1 failed: %2</source>
        <translation>methodd y mudo i sgema %1: %2</translation>
    </message>
    <message>
        <location filename="../models/store/AuthorityMerge.cpp" line="+28"/>
        <source>merging authorities failed: %1</source>
        <translation>methodd uno&apos;r awdurdodau: %1</translation>
    </message>
    <message>
        <location filename="../models/store/DatabaseLocation.cpp" line="+83"/>
        <source>no database file was given</source>
        <translation>ni roddwyd ffeil cronfa ddata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a team database is given as postgresql://user@host:port/database</source>
        <translation>rhoddir cronfa ddata tîm fel postgresql://defnyddiwr@gwesteiwr:porth/cronfa-ddata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a TLS mode PostgreSQL knows (disable, allow, prefer, require, verify-ca, verify-full)</source>
        <translation>nid yw %1 yn fodd TLS y mae PostgreSQL yn ei adnabod (disable, allow, prefer, require, verify-ca, verify-full)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 on %2</source>
        <translation>%1 ar %2</translation>
    </message>
</context>
<context>
    <name>DocumentDate</name>
    <message>
        <location filename="../models/domain/DocumentDate.cpp" line="+24"/>
        <source>The last day of the inspection or visit; the date it was published where the document gives no inspection dates.</source>
        <translation>Diwrnod olaf yr arolygiad neu&apos;r ymweliad; y dyddiad y&apos;i cyhoeddwyd lle nad yw&apos;r ddogfen yn rhoi dyddiadau arolygu.</translation>
    </message>
</context>
<context>
    <name>DocumentStore</name>
    <message>
        <location filename="../models/store/DocumentCorrections.cpp" line="+156"/>
        <source>Someone else</source>
        <translation>Rhywun arall</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 corrected %2 to “%3” at %4 while you were changing it; your change was not saved. The facts now show theirs.</source>
        <translation>Cywirodd %1 %2 i “%3” am %4 tra oeddech chi&apos;n ei newid; ni chadwyd eich newid. Mae&apos;r ffeithiau bellach yn dangos eu newid nhw.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Someone else put %1 back to what the reader read (“%2”) while you were changing it; your change was not saved. The facts now show it.</source>
        <translation>Rhoddodd rhywun arall %1 yn ôl i&apos;r hyn a ddarllenodd y darllenydd (“%2”) tra oeddech chi&apos;n ei newid; ni chadwyd eich newid. Mae&apos;r ffeithiau bellach yn ei ddangos.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 is not a DfE LA code in the reference list</source>
        <translation>Nid yw %1 yn god ALl DfE yn y rhestr gyfeirio</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+58"/>
        <location line="+52"/>
        <location line="+28"/>
        <location line="+65"/>
        <location filename="../models/store/DocumentStore.cpp" line="+418"/>
        <source>there is no document with id %1</source>
        <translation>nid oes dogfen â&apos;r rhif adnabod %1</translation>
    </message>
</context>
<context>
    <name>DocumentSummaryContent</name>
    <message>
        <location filename="../models/export/DocumentSummaryContent.cpp" line="+39"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown authority</source>
        <translation>Awdurdod anhysbys</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Facts</source>
        <translation>Ffeithiau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judgements</source>
        <translation>Barnau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline of %1</source>
        <translation>Llinell amser %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recommendations and progress</source>
        <translation>Argymhellion a chynnydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annotations</source>
        <translation>Anodiadau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> (DfE code %1)</source>
        <translation> (cod DfE %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authority</source>
        <translation>Awdurdod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection</source>
        <translation>Arolygiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Cyhoeddwyd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not found in the report</source>
        <translation>Heb ei ganfod yn yr adroddiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous inspection</source>
        <translation>Arolygiad blaenorol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (or not found)</source>
        <translation>Dim (neu heb ei ganfod)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead inspector</source>
        <translation>Arolygydd arweiniol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspectors</source>
        <translation>Arolygwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (pages: %2)</source>
        <translation>%1 (tudalennau: %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This document makes no recommendations.</source>
        <translation>Nid yw&apos;r ddogfen hon yn gwneud unrhyw argymhellion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No checklist has been made from these recommendations yet, so there is no progress to show.</source>
        <translation>Nid oes rhestr wirio wedi&apos;i chreu o&apos;r argymhellion hyn eto, felly nid oes cynnydd i&apos;w ddangos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No.</source>
        <translation>Rhif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommendation and evidence since</source>
        <translation>Argymhelliad a thystiolaeth ers hynny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest status</source>
        <translation>Statws diweddaraf</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>LSCB %1</source>
        <translation>LSCB %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Area for priority action</source>
        <translation>Maes ar gyfer gweithredu â blaenoriaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area for priority action; responsible: %1</source>
        <translation>Maes ar gyfer gweithredu â blaenoriaeth; yn gyfrifol: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+46"/>
        <source>Note:</source>
        <translation>Nodyn:</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Nothing in this document has been annotated.</source>
        <translation>Nid oes dim yn y ddogfen hon wedi&apos;i anodi.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not linked to a checklist item</source>
        <translation>Heb ei gysylltu ag eitem ar restr wirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — item %2: %3</source>
        <translation>%1 — eitem %2: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Page</source>
        <translation>Tudalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passage and note</source>
        <translation>Darn a nodyn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passage</source>
        <translation>Darn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
</context>
<context>
    <name>FactField</name>
    <message>
        <location filename="../models/domain/FactCorrection.cpp" line="+37"/>
        <source>%1 is not a day of the calendar</source>
        <translation>nid yw %1 yn ddiwrnod yn y calendr</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a date is written as yyyy-mm-dd, for example 2016-02-16</source>
        <translation>ysgrifennir dyddiad fel bbbb-mm-dd, er enghraifft 2016-02-16</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>recommendations are a list</source>
        <translation>rhestr yw&apos;r argymhellion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every recommendation needs a text</source>
        <translation>mae angen testun ar bob argymhelliad</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>only an area SEND report has an outcome; this document is a %1 (correct its kind first)</source>
        <translation>dim ond adroddiad SEND ardal sydd â chanlyniad; mae&apos;r ddogfen hon yn %1 (cywirwch ei math yn gyntaf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only an area SEND report has a previous inspection; this document is a %1 (correct its kind first)</source>
        <translation>dim ond adroddiad SEND ardal sydd ag arolygiad blaenorol; mae&apos;r ddogfen hon yn %1 (cywirwch ei math yn gyntaf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a %1 gives no graded judgements (correct its kind first)</source>
        <translation>nid yw %1 yn rhoi barnau graddedig (cywirwch ei math yn gyntaf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a fact that can be corrected</source>
        <translation>nid yw %1 yn ffaith y gellir ei chywiro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the kind is one of: %1</source>
        <translation>mae&apos;r math yn un o: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the authority is given by its DfE LA code, for example 212</source>
        <translation>rhoddir yr awdurdod yn ôl ei god ALl DfE, er enghraifft 212</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>an area SEND outcome is one of: %1, or none</source>
        <translation>mae canlyniad SEND ardal yn un o: %1, neu none</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the lead inspector is a name</source>
        <translation>enw yw&apos;r arolygydd arweiniol</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the inspectors are a list of names</source>
        <translation>rhestr o enwau yw&apos;r arolygwyr</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a grade is one of: %1, or none</source>
        <translation>mae gradd yn un o: %1, neu none</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the inspection would end (%1) before it starts (%2)</source>
        <translation>byddai&apos;r arolygiad yn dod i ben (%1) cyn iddo ddechrau (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not given</source>
        <translation>Heb ei roi</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n recommendation(s)</source>
        <translation>
            <numerusform>%n argymhelliad</numerusform>
            <numerusform>%n argymhelliad</numerusform>
            <numerusform>%n argymhelliad</numerusform>
            <numerusform>%n argymhelliad</numerusform>
            <numerusform>%n argymhelliad</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactLabels</name>
    <message>
        <location filename="../models/itemmodels/FactLabels.cpp" line="+20"/>
        <source>Kind of document</source>
        <translation>Math o ddogfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <translation>Awdurdod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority&apos;s DfE code</source>
        <translation>Cod DfE yr awdurdod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection start date</source>
        <translation>Dyddiad dechrau&apos;r arolygiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection end date</source>
        <translation>Dyddiad gorffen yr arolygiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication date</source>
        <translation>Dyddiad cyhoeddi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead inspector</source>
        <translation>Arolygydd arweiniol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspectors</source>
        <translation>Arolygwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judgements</source>
        <translation>Barnau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area SEND outcome</source>
        <translation>Canlyniad SEND ardal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous inspection</source>
        <translation>Arolygiad blaenorol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other judgements</source>
        <translation>Barnau eraill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendations</source>
        <translation>Argymhellion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LSCB recommendations</source>
        <translation>Argymhellion LSCB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Canfyddiadau</translation>
    </message>
</context>
<context>
    <name>Grade</name>
    <message>
        <location filename="../models/domain/DocumentFacts.cpp" line="+14"/>
        <source>Outstanding</source>
        <translation>Rhagorol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requires improvement</source>
        <translation>Angen gwella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inadequate</source>
        <translation>Annigonol</translation>
    </message>
</context>
<context>
    <name>GradeTimeline</name>
    <message>
        <location filename="../models/analysis/GradeTimeline.cpp" line="+133"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Dogfen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Area SEND outcome</source>
        <translation>Canlyniad SEND ardal</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../models/import/ImportJob.cpp" line="+332"/>
        <source>the database cannot be opened: %1</source>
        <translation>ni ellir agor y gronfa ddata: %1</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>could not be stored: %1</source>
        <translation>nid oedd modd ei storio: %1</translation>
    </message>
    <message>
        <location filename="../models/import/PdfFileReader.cpp" line="+22"/>
        <source>cannot be opened: %1</source>
        <translation>ni ellir ei hagor: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a summary exported by Oversight, not an Ofsted document: import the reports it was made from</source>
        <translation>crynodeb a allforiwyd gan Oversight, nid dogfen Ofsted: mewnforiwch yr adroddiadau y cafodd ei wneud ohonynt</translation>
    </message>
    <message>
        <location filename="../models/import/ImportJob.cpp" line="+224"/>
        <source>the database is read-only: %1</source>
        <translation>mae&apos;r gronfa ddata yn ddarllen-yn-unig: %1</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../models/domain/DocumentFacts.cpp" line="-51"/>
        <source>Inspection (pre-SIF)</source>
        <translation>Arolygiad (cyn-SIF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIF inspection</source>
        <translation>Arolygiad SIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIF re-inspection</source>
        <translation>Ail-arolygiad SIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILACS standard inspection</source>
        <translation>Arolygiad safonol ILACS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILACS short inspection</source>
        <translation>Arolygiad byr ILACS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LSCB review</source>
        <translation>Adolygiad LSCB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring visit</source>
        <translation>Ymweliad monitro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focused visit</source>
        <translation>Ymweliad â ffocws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area SEND inspection</source>
        <translation>Arolygiad SEND ardal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other document</source>
        <translation>Dogfen arall</translation>
    </message>
</context>
<context>
    <name>LibraryIdentity</name>
    <message>
        <location filename="../ui/database/LibraryIdentity.cpp" line="+25"/>
        <source>%1 as %2</source>
        <translation>%1 fel %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Oversight</source>
        <translation>Oversight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — Oversight</source>
        <translation>%1 — Oversight</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Library: %1</source>
        <translation>Llyfrgell: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team database: %1 · user %2</source>
        <translation>Cronfa ddata tîm: %1 · defnyddiwr %2</translation>
    </message>
</context>
<context>
    <name>NationalPicture</name>
    <message>
        <location filename="../models/analysis/NationalPicture.cpp" line="+71"/>
        <location line="+56"/>
        <source>Authorities</source>
        <translation>Awdurdodau</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+13"/>
        <source>Area SEND outcome</source>
        <translation>Canlyniad SEND ardal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
</context>
<context>
    <name>PasswordKeychain</name>
    <message>
        <location filename="../ui/database/PasswordKeychain.cpp" line="+42"/>
        <source>no keychain is available</source>
        <translation>nid oes cadwyn allweddi ar gael</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the keychain refused access</source>
        <translation>gwrthododd y gadwyn allweddi fynediad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no keychain service answered</source>
        <translation>ni atebodd unrhyw wasanaeth cadwyn allweddi</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <location filename="../models/pdf/PdfDocument.cpp" line="+17"/>
        <source>empty file (0 bytes)</source>
        <translation>ffeil wag (0 beit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an HTML web page saved with a .pdf name, not a PDF</source>
        <translation>tudalen we HTML wedi&apos;i chadw ag enw .pdf, nid PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a PDF file</source>
        <translation>nid yw&apos;n ffeil PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>truncated PDF: the end of the file is missing</source>
        <translation>PDF anghyflawn: mae diwedd y ffeil ar goll</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>damaged PDF that cannot be read</source>
        <translation>PDF wedi&apos;i ddifrodi na ellir ei ddarllen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password-protected PDF</source>
        <translation>PDF wedi&apos;i ddiogelu â chyfrinair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF without pages</source>
        <translation>PDF heb dudalennau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no text layer (a scanned document); run OCR on it first</source>
        <translation>dim haen testun (dogfen wedi&apos;i sganio); rhedwch OCR arni yn gyntaf</translation>
    </message>
</context>
<context>
    <name>PostgresStatement</name>
    <message>
        <location filename="../models/store/PostgresStatement.cpp" line="+76"/>
        <source>Not connected to a team database</source>
        <translation>Heb gysylltu â chronfa ddata tîm</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unable to run the statement</source>
        <translation>Methu rhedeg y datganiad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Built without libpq</source>
        <translation>Wedi&apos;i adeiladu heb libpq</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../ui/QtStandardTexts.cpp" line="+32"/>
        <source>&amp;OK</source>
        <translation>&amp;Iawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>C&amp;anslo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>C&amp;au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without Saving</source>
        <translation>Cau heb Gadw</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+11"/>
        <source>Show Details...</source>
        <translation>Dangos Manylion...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Cuddio Manylion...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-43"/>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Cadw&apos;r Cyfan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Agor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Ie i&apos;r &amp;Cyfan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;a i&apos;r Cyfan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Terfynu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Ceisio eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Anwybyddu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Hepgor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Cymorth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Gweithredu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Ailosod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Adfer y Rhagosodiadau</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+16"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo Lleoliad y &amp;Ddolen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Dewis y Cyfan</translation>
    </message>
</context>
<context>
    <name>SendOutcome</name>
    <message>
        <location filename="../models/domain/DocumentFacts.cpp" line="+69"/>
        <source>Positive experiences and outcomes</source>
        <translation>Profiadau a chanlyniadau cadarnhaol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inconsistent experiences and outcomes</source>
        <translation>Profiadau a chanlyniadau anghyson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Widespread or systemic failings</source>
        <translation>Methiannau eang neu systemig</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../models/annotations/AnnotationStore.cpp" line="-463"/>
        <source>Met</source>
        <translation>Wedi&apos;i fodloni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progressing</source>
        <translation>Yn mynd rhagddo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not met</source>
        <translation>Heb ei fodloni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not assessed</source>
        <translation>Heb ei asesu</translation>
    </message>
</context>
<context>
    <name>SummaryContent</name>
    <message>
        <location filename="../models/export/DocumentSummaryContent.cpp" line="-162"/>
        <source>a deleted document</source>
        <translation>dogfen sydd wedi&apos;i dileu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, page %2</source>
        <translation>%1, tudalen %2</translation>
    </message>
</context>
<context>
    <name>SummaryData</name>
    <message>
        <location filename="../models/export/SummaryData.cpp" line="+42"/>
        <source>There is no document %1 in this database.</source>
        <translation>Nid oes dogfen %1 yn y gronfa ddata hon.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>There is no authority %1 in this database.</source>
        <translation>Nid oes awdurdod %1 yn y gronfa ddata hon.</translation>
    </message>
</context>
<context>
    <name>SummaryExport</name>
    <message>
        <location filename="../models/export/SummaryExport.cpp" line="+33"/>
        <location line="+22"/>
        <source>The PDF could not be written.</source>
        <translation>Nid oedd modd ysgrifennu&apos;r PDF.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>%1 could not be written: %2</source>
        <translation>Nid oedd modd ysgrifennu %1: %2</translation>
    </message>
</context>
<context>
    <name>SummaryHtml</name>
    <message>
        <location filename="../models/export/SummaryHtml.cpp" line="+111"/>
        <source>This document gives no judgements.</source>
        <translation>Nid yw&apos;r ddogfen hon yn rhoi unrhyw farnau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Judgement area</source>
        <translation>Maes barn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>Gradd</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
</context>
<context>
    <name>SummaryPdfWriter</name>
    <message>
        <location filename="../models/export/SummaryPdfWriter.cpp" line="+142"/>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
</context>
<context>
    <name>TimelineChartPainter</name>
    <message>
        <location filename="../models/export/TimelineChartPainter.cpp" line="+57"/>
        <source>Visit without grades (monitoring or focused)</source>
        <translation>Ymweliad heb raddau (monitro neu â ffocws)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No dated inspections to chart.</source>
        <translation>Nid oes arolygiadau â dyddiad i&apos;w dangos ar siart.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Area SEND inspection (its outcome beside it)</source>
        <translation>Arolygiad SEND ardal (ei ganlyniad wrth ei ochr)</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Outcome not read</source>
        <translation>Canlyniad heb ei ddarllen</translation>
    </message>
</context>
<context>
    <name>oversight</name>
    <message>
        <location filename="../models/analysis/ComparisonExport.cpp" line="+32"/>
        <source>Part</source>
        <translation>Rhan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Eitem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Match strength</source>
        <translation>Cryfder y gyfatebiaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page A</source>
        <translation>Tudalen A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page B</source>
        <translation>Tudalen B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judgement</source>
        <translation>Barn</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommendation</source>
        <translation>Argymhelliad</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Finding</source>
        <translation>Canfyddiad</translation>
    </message>
    <message>
        <location filename="../models/analysis/DocumentComparison.cpp" line="+218"/>
        <source>Improved</source>
        <translation>Wedi gwella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Wedi dirywio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same</source>
        <translation>Yr un fath</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer given</source>
        <translation>Ni roddir mwyach</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Carried forward</source>
        <translation>Wedi&apos;i ddwyn ymlaen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New in B</source>
        <translation>Newydd yn B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not repeated in B</source>
        <translation>Heb ei ailadrodd yn B</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Possible match</source>
        <translation>Cyfatebiaeth bosibl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>strong</source>
        <translation>cryf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fair</source>
        <translation>gweddol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weak</source>
        <translation>gwan</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>%1 is an area SEND inspection and %2 is not (%3): the two are made under different frameworks, and an area SEND outcome is not a grade, so their judgements are not compared. Only their recommendations are, side by side.</source>
        <translation>Mae %1 yn arolygiad SEND ardal ac nid yw %2 (%3): gwneir y ddau dan fframweithiau gwahanol, ac nid gradd yw canlyniad SEND ardal, felly ni chymherir eu barnau. Dim ond eu hargymhellion a gymherir, ochr yn ochr.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Area SEND outcome</source>
        <translation>Canlyniad SEND ardal</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (priority action)</source>
        <translation>%1 (gweithredu blaenoriaethol)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (area for improvement)</source>
        <translation>%1 (maes i’w wella)</translation>
    </message>
</context>
<context>
    <name>oversight::AnnotateDialog</name>
    <message>
        <location filename="../ui/annotations/AnnotateDialog.cpp" line="+30"/>
        <source>Edit annotation</source>
        <translation>Golygu anodiad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annotate passage</source>
        <translation>Anodi darn</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Checklist items this passage speaks to</source>
        <translation>Yr eitemau ar y rhestr wirio y mae&apos;r darn hwn yn berthnasol iddynt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this passage shows about the item, and why</source>
        <translation>Beth mae&apos;r darn hwn yn ei ddangos am yr eitem, a pham</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no checklist for this authority yet: create one from a document&apos;s recommendations first.</source>
        <translation>Nid oes rhestr wirio ar gyfer yr awdurdod hwn eto: crëwch un o argymhellion dogfen yn gyntaf.</translation>
    </message>
</context>
<context>
    <name>oversight::AnnotationController</name>
    <message>
        <location filename="../ui/annotations/AnnotationController.cpp" line="+51"/>
        <source>Select the words to annotate first.</source>
        <translation>Dewiswch y geiriau i&apos;w hanodi yn gyntaf.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Annotation deleted (Ctrl+Z brings it back).</source>
        <translation>Dilëwyd yr anodiad (mae Ctrl+Z yn ei adfer).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit annotation…</source>
        <translation>&amp;Golygu&apos;r anodiad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete annotation</source>
        <translation>&amp;Dileu&apos;r anodiad</translation>
    </message>
</context>
<context>
    <name>oversight::AnnotationsModel</name>
    <message>
        <location filename="../models/itemmodels/AnnotationsModel.cpp" line="+92"/>
        <source>%1, changed by %2</source>
        <translation>%1, newidiwyd gan %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Made by %1 on %2</source>
        <translation>Gwnaed gan %1 ar %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by %1 on %2; last changed by %3 on %4</source>
        <translation>Gwnaed gan %1 ar %2; newidiwyd ddiwethaf gan %3 ar %4</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Document</source>
        <translation>Dogfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page</source>
        <translation>Tudalen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passage</source>
        <translation>Darn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist items</source>
        <translation>Eitemau&apos;r rhestr wirio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Gan</translation>
    </message>
</context>
<context>
    <name>oversight::AnnotationsPanel</name>
    <message>
        <location filename="../ui/annotations/AnnotationsPanel.cpp" line="+26"/>
        <source>Open document only</source>
        <translation>Y ddogfen agored yn unig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by checklist</source>
        <translation>Hidlo yn ôl rhestr wirio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by status</source>
        <translation>Hidlo yn ôl statws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Unrhyw statws</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by person</source>
        <translation>Hidlo yn ôl person</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Annotations</source>
        <translation>Anodiadau</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Show on its page</source>
        <translation>&amp;Dangos ar ei dudalen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Golygu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>D&amp;ileu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete annotation</source>
        <translation>Dileu anodiad</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Anyone</source>
        <translation>Unrhyw un</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every checklist</source>
        <translation>Pob rhestr wirio</translation>
    </message>
</context>
<context>
    <name>oversight::AssignAuthorityDialog</name>
    <message>
        <location filename="../ui/panels/AssignAuthorityDialog.cpp" line="+33"/>
        <source>Assign authority</source>
        <translation>Pennu awdurdod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The document names no authority.</source>
        <translation>Nid yw&apos;r ddogfen yn enwi awdurdod.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document names its authority “%1”.</source>
        <translation>Mae&apos;r ddogfen yn enwi ei hawdurdod yn “%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Choose the authority in the DfE reference list to file it under; a re-read keeps your choice.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Dewiswch yr awdurdod yn rhestr gyfeirio&apos;r DfE i&apos;w ffeilio oddi tano; mae ailddarllen yn cadw eich dewis.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a name or a DfE code</source>
        <translation>Teipiwch enw neu god DfE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search authorities</source>
        <translation>Chwilio awdurdodau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorities in the DfE reference list</source>
        <translation>Awdurdodau yn rhestr gyfeirio&apos;r DfE</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Assign</source>
        <translation>&amp;Pennu</translation>
    </message>
</context>
<context>
    <name>oversight::Backups</name>
    <message>
        <location filename="../models/store/Backups.cpp" line="+82"/>
        <source>no backup of %1 was made: %2</source>
        <translation>ni wnaed copi wrth gefn o %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no backup of %1 was made: cannot write %2</source>
        <translation>ni wnaed copi wrth gefn o %1: ni ellir ysgrifennu %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is not a backup of an Oversight database</source>
        <translation>nid yw %1 yn gopi wrth gefn o gronfa ddata Oversight</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot copy %1 next to %2</source>
        <translation>ni ellir copïo %1 wrth ymyl %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot move %1 aside</source>
        <translation>ni ellir symud %1 o&apos;r ffordd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot put the backup in place of %1</source>
        <translation>ni ellir rhoi&apos;r copi wrth gefn yn lle %1</translation>
    </message>
</context>
<context>
    <name>oversight::ChartExport</name>
    <message>
        <location filename="../ui/charts/ChartExport.cpp" line="+44"/>
        <source>The chart has no size to draw.</source>
        <translation>Nid oes gan y siart faint y gellir ei lunio.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+26"/>
        <source>Cannot write %1.</source>
        <translation>Ni ellir ysgrifennu %1.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Choose a file name ending in .png or .svg.</source>
        <translation>Dewiswch enw ffeil sy&apos;n gorffen â .png neu .svg.</translation>
    </message>
</context>
<context>
    <name>oversight::ChartPanel</name>
    <message>
        <location filename="../ui/charts/ChartPanel.cpp" line="+33"/>
        <source>Table of the chart&apos;s numbers</source>
        <translation>Tabl o ffigurau&apos;r siart</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+48"/>
        <source>Show as table</source>
        <translation>Dangos fel tabl</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Show the chart&apos;s numbers as a table</source>
        <translation>Dangos ffigurau&apos;r siart fel tabl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export chart…</source>
        <translation>Allforio&apos;r siart…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the chart as PNG or SVG</source>
        <translation>Allforio&apos;r siart fel PNG neu SVG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export table…</source>
        <translation>Allforio&apos;r tabl…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the chart&apos;s numbers as CSV</source>
        <translation>Allforio ffigurau&apos;r siart fel CSV</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Show as chart</source>
        <translation>Dangos fel siart</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Export chart</source>
        <translation>Allforio&apos;r siart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Delwedd PNG (*.png);;Lluniad SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+15"/>
        <source>Saved %1.</source>
        <translation>Cadwyd %1.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Export table</source>
        <translation>Allforio&apos;r tabl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file (*.csv)</source>
        <translation>Ffeil CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write %1.</source>
        <translation>Ni ellir ysgrifennu %1.</translation>
    </message>
</context>
<context>
    <name>oversight::ChartRendering</name>
    <message>
        <location filename="../ui/charts/ChartRendering.cpp" line="+33"/>
        <source>No authority called %1 in this database.</source>
        <translation>Nid oes awdurdod o&apos;r enw %1 yn y gronfa ddata hon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown area %1; one of: %2.</source>
        <translation>Maes anhysbys %1; dewiswch un o: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 and its statistical neighbours</source>
        <translation>%1: %2 a&apos;i gymdogion ystadegol</translation>
    </message>
</context>
<context>
    <name>oversight::ChartsWindow</name>
    <message>
        <location filename="../ui/charts/ChartsWindow.cpp" line="+30"/>
        <location line="+1"/>
        <location line="+18"/>
        <source>Charts</source>
        <translation>Siartiau</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Authority</source>
        <translation>Awdurdod</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;uthority:</source>
        <translation>&amp;Awdurdod:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Llinell amser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Peers</source>
        <translation>&amp;Cymheiriaid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;National picture</source>
        <translation>&amp;Darlun cenedlaethol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Map</source>
        <translation>&amp;Map</translation>
    </message>
</context>
<context>
    <name>oversight::CheckRepairDialog</name>
    <message>
        <location filename="../ui/database/CheckRepairDialog.cpp" line="+22"/>
        <source>Check and repair</source>
        <translation>Gwirio a thrwsio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking every page of %1…</source>
        <translation>Yn gwirio pob tudalen o %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore a &amp;backup…</source>
        <translation>Adfer co&amp;pi wrth gefn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy what can be read…</source>
        <translation>&amp;Copïo&apos;r hyn y gellir ei ddarllen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open the new database</source>
        <translation>&amp;Agor y gronfa ddata newydd</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No problems: every page of %1 reads correctly.</source>
        <translation>Dim problemau: mae pob tudalen o %1 yn darllen yn gywir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1 is damaged.&lt;/b&gt; SQLite&apos;s integrity check found what is listed below. Restore a backup, or copy every document, fact and annotation that can still be read into a new database (the damaged file is left as it is).</source>
        <translation>&lt;b&gt;Mae %1 wedi&apos;i ddifrodi.&lt;/b&gt; Daeth gwiriad cyfanrwydd SQLite o hyd i&apos;r hyn a restrir isod. Adferwch gopi wrth gefn, neu copïwch bob dogfen, ffaith ac anodiad y gellir eu darllen o hyd i gronfa ddata newydd (gadewir y ffeil sydd wedi&apos;i difrodi fel y mae).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>-repaired</source>
        <translation>-wedi-trwsio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy into a new database</source>
        <translation>Copïo i gronfa ddata newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversight databases (*.sqlite *.db)</source>
        <translation>Cronfeydd data Oversight (*.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copying what can be read into %1…</source>
        <translation>Yn copïo&apos;r hyn y gellir ei ddarllen i %1…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was copied: %1</source>
        <translation>Ni chopïwyd dim: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n document(s) copied whole into %1.</source>
        <translation>
            <numerusform>Copïwyd %n o ddogfennau yn gyfan i %1.</numerusform>
            <numerusform>Copïwyd %n ddogfen yn gyfan i %1.</numerusform>
            <numerusform>Copïwyd %n ddogfen yn gyfan i %1.</numerusform>
            <numerusform>Copïwyd %n ddogfen yn gyfan i %1.</numerusform>
            <numerusform>Copïwyd %n ddogfen yn gyfan i %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n document(s) could not be read and were left out: import them again.</source>
        <translation>
            <numerusform>Nid oedd modd darllen %n o ddogfennau a chawsant eu gadael allan: mewnforiwch nhw eto.</numerusform>
            <numerusform>Nid oedd modd darllen %n dogfen a chawsant eu gadael allan: mewnforiwch nhw eto.</numerusform>
            <numerusform>Nid oedd modd darllen %n dogfen a chawsant eu gadael allan: mewnforiwch nhw eto.</numerusform>
            <numerusform>Nid oedd modd darllen %n dogfen a chawsant eu gadael allan: mewnforiwch nhw eto.</numerusform>
            <numerusform>Nid oedd modd darllen %n dogfen a chawsant eu gadael allan: mewnforiwch nhw eto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n other row(s) (checklists, items) could not be read.</source>
        <translation>
            <numerusform>Nid oedd modd darllen %n o resi eraill (rhestrau gwirio, eitemau).</numerusform>
            <numerusform>Nid oedd modd darllen %n rhes arall (rhestrau gwirio, eitemau).</numerusform>
            <numerusform>Nid oedd modd darllen %n rhes arall (rhestrau gwirio, eitemau).</numerusform>
            <numerusform>Nid oedd modd darllen %n rhes arall (rhestrau gwirio, eitemau).</numerusform>
            <numerusform>Nid oedd modd darllen %n rhes arall (rhestrau gwirio, eitemau).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oversight::ChecklistModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/ChecklistModel.cpp" line="+103"/>
        <source>%1
%n item(s)</source>
        <translation>
            <numerusform>%1
%n o eitemau</numerusform>
            <numerusform>%1
%n eitem</numerusform>
            <numerusform>%1
%n eitem</numerusform>
            <numerusform>%1
%n eitem</numerusform>
            <numerusform>%1
%n o eitemau</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1. %2 — %3</source>
        <comment>number, item, its latest status</comment>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No evidence yet</source>
        <translation>Dim tystiolaeth eto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest evidence: %1</source>
        <translation>Tystiolaeth ddiweddaraf: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Checklists</source>
        <translation>Rhestrau gwirio</translation>
    </message>
</context>
<context>
    <name>oversight::ChecklistsPanel</name>
    <message>
        <location filename="../ui/annotations/ChecklistsPanel.cpp" line="+32"/>
        <source>Checklists and their items</source>
        <translation>Rhestrau gwirio a&apos;u heitemau</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From recommendations</source>
        <translation>O&apos;r argymhellion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a checklist of the open document&apos;s recommendations</source>
        <translation>Creu rhestr wirio o argymhellion y ddogfen agored</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty checklist…</source>
        <translation>Rhestr wirio wag…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import from JSON…</source>
        <translation>Mewnforio o JSON…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+100"/>
        <source>New checklist</source>
        <translation>Rhestr wirio newydd</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+127"/>
        <source>Add item</source>
        <translation>Ychwanegu eitem</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up</source>
        <translation>I fyny</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>Cynnydd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each item against the authority&apos;s later documents</source>
        <translation>Pob eitem yn erbyn dogfennau diweddarach yr awdurdod</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rename / edit</source>
        <translation>Ailenwi / golygu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export to JSON…</source>
        <translation>Allforio i JSON…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open a document first.</source>
        <translation>Agorwch ddogfen yn gyntaf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This document has no recommendations to make a checklist of.</source>
        <translation>Nid oes gan y ddogfen hon argymhellion i greu rhestr wirio ohonynt.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Checklist made of %n recommendation(s).</source>
        <translation>
            <numerusform>Crëwyd rhestr wirio o %n o argymhellion.</numerusform>
            <numerusform>Crëwyd rhestr wirio o %n argymhelliad.</numerusform>
            <numerusform>Crëwyd rhestr wirio o %n argymhelliad.</numerusform>
            <numerusform>Crëwyd rhestr wirio o %n argymhelliad.</numerusform>
            <numerusform>Crëwyd rhestr wirio o %n o argymhellion.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name:</source>
        <translation>Enw:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a checklist to add the item to.</source>
        <translation>Dewiswch restr wirio i ychwanegu&apos;r eitem ati.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item:</source>
        <translation>Eitem:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checklist deleted (Ctrl+Z brings it back).</source>
        <translation>Dilëwyd y rhestr wirio (mae Ctrl+Z yn ei hadfer).</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+8"/>
        <location line="+4"/>
        <source>Import checklist</source>
        <translation>Mewnforio rhestr wirio</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+24"/>
        <source>Checklists (*.json)</source>
        <translation>Rhestrau gwirio (*.json)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 is %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>Export checklist</source>
        <translation>Allforio rhestr wirio</translation>
    </message>
</context>
<context>
    <name>oversight::CompareDialog</name>
    <message>
        <location filename="../ui/compare/CompareDialog.cpp" line="+55"/>
        <location line="+1"/>
        <source>Compare documents</source>
        <translation>Cymharu dogfennau</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+71"/>
        <source>Earlier document</source>
        <translation>Dogfen gynharach</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+72"/>
        <source>Later document</source>
        <translation>Dogfen ddiweddarach</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Type part of a name or title</source>
        <translation>Teipiwch ran o enw neu deitl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;A:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;B:</source>
        <translation>&amp;B:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Comparison</source>
        <translation>Cymhariaeth</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+159"/>
        <source>&amp;Judgements</source>
        <translation>Ba&amp;rnau</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>&amp;Recommendations</source>
        <translation>Ar&amp;gymhellion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Findings</source>
        <translation>&amp;Canfyddiadau</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the earlier document (A) above to see it here.</source>
        <translation>Dewiswch y ddogfen gynharach (A) uchod i&apos;w gweld yma.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the later document (B) above to compare it with A.</source>
        <translation>Dewiswch y ddogfen ddiweddarach (B) uchod i&apos;w chymharu ag A.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export CSV…</source>
        <translation>Allforio CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the comparison as CSV</source>
        <translation>Allforio&apos;r gymhariaeth fel CSV</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Choose two documents to compare.</source>
        <translation>Dewiswch ddwy ddogfen i&apos;w cymharu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A and B are the same document: choose another for one of them.</source>
        <translation>Yr un ddogfen yw A a B: dewiswch un arall ar gyfer un ohonynt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A is of %1 and B of %2: two authorities. Their recommendations are matched by wording only, which says nothing of one authority following up the other&apos;s.</source>
        <translation>Mae A yn perthyn i %1 a B i %2: dau awdurdod. Caiff eu hargymhellion eu paru ar sail eu geiriad yn unig, ac nid yw hynny&apos;n dweud dim am un awdurdod yn dilyn argymhellion y llall.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>no named authority</source>
        <translation>dim awdurdod wedi&apos;i enwi</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 recommendations in A, %2 in B: %3 carried forward, %4 possible matches to check (similarity under %5). A recommendation B does not repeat is not thereby met.</source>
        <translation>%1 argymhelliad yn A, %2 yn B: %3 wedi&apos;u cario ymlaen, %4 o gyfatebiaethau posibl i&apos;w gwirio (tebygrwydd o dan %5). Nid yw argymhelliad nad yw B yn ei ailadrodd wedi&apos;i fodloni o&apos;r herwydd.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Export comparison</source>
        <translation>Allforio&apos;r gymhariaeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file (*.csv)</source>
        <translation>Ffeil CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1.</source>
        <translation>Cadwyd %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write %1.</source>
        <translation>Ni ellir ysgrifennu %1.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Canlyniad</translation>
    </message>
</context>
<context>
    <name>oversight::ComparisonModel</name>
    <message>
        <location filename="../models/analysis/ComparisonModel.cpp" line="+50"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Area</source>
        <translation>Maes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Adran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers</source>
        <translation>Rhifau</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+84"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+79"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match strength</source>
        <translation>Cryfder y gyfatebiaeth</translation>
    </message>
</context>
<context>
    <name>oversight::ConnectDialog</name>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="+23"/>
        <source>Off (disable)</source>
        <translation>I ffwrdd (disable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if the server insists (allow)</source>
        <translation>Dim ond os yw&apos;r gweinydd yn mynnu (allow)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the server offers it (prefer)</source>
        <translation>Pan fo&apos;r gweinydd yn ei gynnig (prefer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always, certificate not checked (require)</source>
        <translation>Bob amser, heb wirio&apos;r dystysgrif (require)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always, certificate checked (verify-ca)</source>
        <translation>Bob amser, gan wirio&apos;r dystysgrif (verify-ca)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always, certificate and host name checked (verify-full)</source>
        <translation>Bob amser, gan wirio&apos;r dystysgrif ac enw&apos;r gweinydd (verify-full)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>R&amp;emember in the keychain</source>
        <translation>Cofio yn y gadwyn a&amp;llweddi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to a team database</source>
        <translation>Cysylltu â chronfa ddata tîm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>server name or address</source>
        <translation>enw neu gyfeiriad y gweinydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Gweinydd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port</source>
        <translation>Porth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation>Cronfa ddata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Defnyddiwr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encryption (TLS)</source>
        <translation>Amgryptio (TLS)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: PGPASSWORD or ~/.pgpass</source>
        <translation>gwag: PGPASSWORD neu ~/.pgpass</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the password in the system&apos;s keychain, never in Oversight&apos;s settings</source>
        <translation>Cadw&apos;r cyfrinair yng nghadwyn allweddi&apos;r system, byth yng ngosodiadau Oversight</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Connect</source>
        <translation>C&amp;ysylltu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Server:</source>
        <translation>&amp;Gweinydd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;orth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>Cronfa dd&amp;ata:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Defnyddiwr:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <translation>A&amp;mgryptio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Cyfrinair:</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Connected. The password could not be kept in the keychain: %1. Oversight uses it until it closes and asks for it next time.</source>
        <translation>Wedi cysylltu. Ni ellid cadw&apos;r cyfrinair yn y gadwyn allweddi: %1. Mae Oversight yn ei ddefnyddio nes iddo gau, a bydd yn gofyn amdano y tro nesaf.</translation>
    </message>
</context>
<context>
    <name>oversight::Database</name>
    <message>
        <location filename="../models/store/Database.cpp" line="+135"/>
        <location line="+215"/>
        <source>%1 is a database of another program; Oversight has not changed it</source>
        <translation>mae %1 yn gronfa ddata rhaglen arall; nid yw Oversight wedi&apos;i newid</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>%1 does not exist</source>
        <translation>nid yw %1 yn bodoli</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is an empty file, not an Oversight database</source>
        <translation>mae %1 yn ffeil wag, nid yn gronfa ddata Oversight</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a folder, not a database file</source>
        <translation>mae %1 yn ffolder, nid yn ffeil cronfa ddata</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an Oversight database (nor any SQLite database); Oversight has not changed it</source>
        <translation>nid yw %1 yn gronfa ddata Oversight (nac yn unrhyw gronfa ddata SQLite); nid yw Oversight wedi&apos;i newid</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (the file is shorter than it should be)</source>
        <translation> (mae&apos;r ffeil yn fyrrach nag y dylai fod)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is an empty database, not an Oversight database; Oversight has not changed it</source>
        <translation>mae %1 yn gronfa ddata wag, nid yn gronfa ddata Oversight; nid yw Oversight wedi&apos;i newid</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the folder %1 does not exist</source>
        <translation>nid yw&apos;r ffolder %1 yn bodoli</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the folder %1</source>
        <translation>ni ellir creu&apos;r ffolder %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+201"/>
        <source>%1 was opened read-only</source>
        <translation>agorwyd %1 yn ddarllen-yn-unig</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>you cannot write to %1</source>
        <translation>ni allwch ysgrifennu i %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you cannot write to the folder %1, where the database keeps its journal</source>
        <translation>ni allwch ysgrifennu i&apos;r ffolder %1, lle mae&apos;r gronfa ddata yn cadw ei dyddlyfr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create %1: you cannot write to the folder %2</source>
        <translation>ni ellir creu %1: ni allwch ysgrifennu i&apos;r ffolder %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+194"/>
        <source>%1 is empty, and read-only: there is nothing to show</source>
        <translation>mae %1 yn wag, ac yn ddarllen-yn-unig: does dim i&apos;w ddangos</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>cannot read %1 (%2)</source>
        <translation>ni ellir darllen %1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was made by an older Oversight and must be brought up to date before it can be opened, but it is read-only (%2)</source>
        <translation>gwnaed %1 gan Oversight hŷn a rhaid ei ddiweddaru cyn y gellir ei agor, ond mae&apos;n ddarllen-yn-unig (%2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot open %1 (%2)</source>
        <translation>ni ellir agor %1 (%2)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL, Debian&apos;s package libqt6sql6-psql) is not installed</source>
        <translation>ni ellir agor %1: nid yw gyrrwr PostgreSQL Qt (QPSQL, pecyn Debian libqt6sql6-psql) wedi&apos;i osod</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot connect to the team database %1 (%2)</source>
        <translation>ni ellir cysylltu â chronfa ddata&apos;r tîm %1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read the team database %1 (%2)</source>
        <translation>ni ellir darllen cronfa ddata&apos;r tîm %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is an empty database, not an Oversight library; Oversight has not changed it</source>
        <translation>mae %1 yn gronfa ddata wag, nid yn llyfrgell Oversight; nid yw Oversight wedi&apos;i newid</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds another program&apos;s tables; Oversight has not changed it</source>
        <translation>mae %1 yn dal tablau rhaglen arall; nid yw Oversight wedi&apos;i newid</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>your role %1 may read the team database %2 but not change it</source>
        <translation>caiff eich rôl %1 ddarllen cronfa ddata&apos;r tîm %2 ond nid ei newid</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 was made by an older Oversight and must be brought up to date by a team member who may change it (%2)</source>
        <translation>crëwyd %1 gan fersiwn hŷn o Oversight a rhaid i aelod o&apos;r tîm sy&apos;n cael ei newid ei diweddaru (%2)</translation>
    </message>
</context>
<context>
    <name>oversight::DatabaseActions</name>
    <message>
        <location filename="../ui/database/DatabaseActions.cpp" line="+21"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show what other programs have changed in the database</source>
        <translation>Dangos yr hyn y mae rhaglenni eraill wedi&apos;i newid yn y gronfa ddata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only</source>
        <translation>Darllen-yn-unig</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not saved: the database is read-only</source>
        <translation>Heb ei gadw: mae&apos;r gronfa ddata yn ddarllen-yn-unig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Check and repair…</source>
        <translation>Gwirio a th&amp;rwsio…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore a &amp;backup…</source>
        <translation>Adfer co&amp;pi wrth gefn…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Check and repair</source>
        <translation>Gwirio a thrwsio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Wait for the import or re-read to finish first.</source>
        <translation>Arhoswch i&apos;r mewnforio neu&apos;r ailddarllen orffen yn gyntaf.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Restore a backup</source>
        <translation>Adfer copi wrth gefn</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; %1. Importing, re-reading, annotating, checklists, suggestions and filing are turned off; browsing, search, charts, compare and export work.</source>
        <translation>&lt;b&gt;Darllen-yn-unig:&lt;/b&gt; %1. Mae mewnforio, ailddarllen, anodi, rhestrau gwirio, awgrymiadau a ffeilio wedi&apos;u diffodd; mae pori, chwilio, siartiau, cymharu ac allforio yn gweithio.</translation>
    </message>
</context>
<context>
    <name>oversight::DocumentPane</name>
    <message>
        <location filename="../ui/panels/DocumentPane.cpp" line="+21"/>
        <source>Page</source>
        <translation>Tudalen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous page</source>
        <translation>Tudalen flaenorol</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page number</source>
        <translation>Rhif y dudalen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go to page…</source>
        <translation>&amp;Mynd i dudalen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Next page</source>
        <translation>Tudalen nesaf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom out</source>
        <translation>Chwyddo allan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom in</source>
        <translation>Chwyddo i mewn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit width</source>
        <translation>Ffitio&apos;r lled</translation>
    </message>
    <message>
        <location line="+49"/>
        <source> of %1 </source>
        <translation> o %1 </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>oversight::EnglandMap</name>
    <message>
        <location filename="../ui/charts/EnglandMap.cpp" line="+25"/>
        <source>Map of England&apos;s authorities by grade</source>
        <translation>Map o awdurdodau Lloegr yn ôl gradd</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Requires improvement</source>
        <translation>Angen gwella</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>The map&apos;s boundaries are missing.</source>
        <translation>Mae ffiniau&apos;r map ar goll.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>London</source>
        <translation>Llundain</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No grade yet (%1)</source>
        <translation>Dim gradd eto (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not matched to an authority</source>
        <translation>Heb ei baru ag awdurdod</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1
No grade yet</source>
        <translation>%1
Dim gradd eto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1
%2, report dated %3</source>
        <translation>%1
%2, adroddiad dyddiedig %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(graded as %1)</source>
        <translation>(graddiwyd fel %1)</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>No area SEND inspection yet (%1)</source>
        <translation>Dim arolygiad SEND ardal eto (%1)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1
No area SEND inspection yet</source>
        <translation>%1
Dim arolygiad SEND ardal eto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
Area SEND inspection: %2, ended %3</source>
        <translation>%1
Arolygiad SEND ardal: %2, daeth i ben %3</translation>
    </message>
</context>
<context>
    <name>oversight::ExportController</name>
    <message>
        <location filename="../ui/export/ExportController.cpp" line="+44"/>
        <location line="+43"/>
        <source>Export summary</source>
        <translation>Allforio crynodeb</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Open a document first: the summary is of that document or of its authority.</source>
        <translation>Agorwch ddogfen yn gyntaf: mae&apos;r crynodeb yn ymwneud â&apos;r ddogfen honno neu â&apos;i hawdurdod.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 summary</source>
        <translation>Crynodeb %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Summary not exported</source>
        <translation>Ni allforiwyd y crynodeb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary exported to %1 (%2 pages).</source>
        <translation>Allforiwyd y crynodeb i %1 (%2 tudalen).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Documents, one row each (*.csv)</source>
        <translation>Dogfennau, un rhes yr un (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations, one row each (*.csv)</source>
        <translation>Anodiadau, un rhes yr un (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything, for other programs (*.json)</source>
        <translation>Popeth, ar gyfer rhaglenni eraill (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export data</source>
        <translation>Allforio data</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Data exported to %1.</source>
        <translation>Allforiwyd y data i %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not exported</source>
        <translation>Heb ei allforio</translation>
    </message>
</context>
<context>
    <name>oversight::FactEditDelegate</name>
    <message>
        <location filename="../ui/panels/FactEditDelegate.cpp" line="+40"/>
        <source>Not stated</source>
        <translation>Heb ei nodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+7"/>
        <source>Not given</source>
        <translation>Heb ei roi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recommendation text</source>
        <translation>Testun yr argymhelliad</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (DfE code %2)</source>
        <translation>%1 (cod DfE %2)</translation>
    </message>
</context>
<context>
    <name>oversight::FactLabels</name>
    <message>
        <location filename="../models/itemmodels/FactLabels.cpp" line="-21"/>
        <source>Judgement: %1</source>
        <translation>Barn: %1</translation>
    </message>
</context>
<context>
    <name>oversight::FactsModel</name>
    <message>
        <location filename="../models/itemmodels/FactsModel.cpp" line="+64"/>
        <source>About</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Authority</source>
        <translation>Awdurdod</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 (DfE code %2)</source>
        <translation>%1 (cod DfE %2)</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Needs review (%1)</source>
        <translation>Angen adolygu (%1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>assigned by hand</source>
        <translation>wedi&apos;i bennu â llaw</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Named as</source>
        <translation>Enwir fel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not recognised (the document names none)</source>
        <translation>Heb ei adnabod (nid yw&apos;r ddogfen yn enwi un)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recognised: “%1”</source>
        <translation>Heb ei adnabod: “%1”</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Not found by the reader (reviewed)</source>
        <translation>Heb eu canfod gan y darllenydd (wedi&apos;u hadolygu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marked by you</source>
        <translation>Wedi&apos;i nodi gennych chi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You marked this document as needing review</source>
        <translation>Rydych wedi nodi bod angen adolygu&apos;r ddogfen hon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not found in the document; check the PDF, then correct it (F2) or confirm it</source>
        <translation>Heb ei chanfod yn y ddogfen; gwiriwch y PDF, yna cywirwch hi (F2) neu cadarnhewch hi</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+44"/>
        <source>Not given</source>
        <translation>Heb ei roi</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Inspection start</source>
        <translation>Dechrau&apos;r arolygiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection end</source>
        <translation>Diwedd yr arolygiad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Cyhoeddwyd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous inspection</source>
        <translation>Arolygiad blaenorol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (or not found)</source>
        <translation>Dim (neu heb ei ganfod)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lead inspector</source>
        <translation>Arolygydd arweiniol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspectors</source>
        <translation>Arolygwyr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Judgements</source>
        <translation>Barnau</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1
(Priority action for %2)</source>
        <translation>%1
(Cam gweithredu blaenoriaeth i %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recommendations (%1)</source>
        <translation>Argymhellion (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LSCB recommendations (%1)</source>
        <translation>Argymhellion LSCB (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Findings (%1)</source>
        <translation>Canfyddiadau (%1)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1
(page %2; double-click to show it)</source>
        <translation>%1
(tudalen %2; cliciwch ddwywaith i&apos;w ddangos)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(F2 to correct it)</source>
        <translation>(F2 i&apos;w chywiro)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>nothing: the recommendation was added</source>
        <translation>dim: ychwanegwyd yr argymhelliad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Corrected on %1.</source>
        <translation>Cywirwyd ar %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrected by %1 on %2.</source>
        <translation>Cywirwyd gan %1 ar %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reader read: %1</source>
        <translation>Darllenodd y darllenydd: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reader now reads the same: the correction can be reverted.</source>
        <translation>Mae&apos;r darllenydd bellach yn darllen yr un peth: gellir dychwelyd y cywiriad.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Correct %1</source>
        <translation>Cywiro %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Correct recommendation %1</source>
        <translation>Cywiro argymhelliad %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fact</source>
        <translation>Ffaith</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Gwerth</translation>
    </message>
</context>
<context>
    <name>oversight::FactsPanel</name>
    <message>
        <location filename="../ui/panels/FactsPanel.cpp" line="+30"/>
        <source>Facts understood from the document</source>
        <translation>Ffeithiau a ddeallwyd o&apos;r ddogfen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Correct…</source>
        <translation>&amp;Cywiro…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Revert to what was read</source>
        <translation>&amp;Dychwelyd at yr hyn a ddarllenwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert the &amp;whole list to what was read</source>
        <translation>Dychwelyd y rhestr &amp;gyfan at yr hyn a ddarllenwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+100"/>
        <source>Revert %1</source>
        <translation>Dychwelyd %1</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Con&amp;firm as read</source>
        <translation>Cadarn&amp;hau fel y&apos;i darllenwyd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm %1</source>
        <translation>Cadarnhau %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add a recommendation…</source>
        <translation>&amp;Ychwanegu argymhelliad…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Split in two…</source>
        <translation>&amp;Rhannu&apos;n ddau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge with the next</source>
        <translation>&amp;Uno â&apos;r nesaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Symud i &amp;fyny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;down</source>
        <translation>Symud i &amp;lawr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete the recommendation</source>
        <translation>D&amp;ileu&apos;r argymhelliad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the document re&amp;viewed</source>
        <translation>Nodi bod y ddogfen wedi&apos;i hadolyg&amp;u</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the document as &amp;needing review</source>
        <translation>Nodi bod angen adolygu&apos;r ddog&amp;fen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>S&amp;how on its page</source>
        <translation>Dangos ar ei d&amp;udalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nnotate…</source>
        <translation>A&amp;nodi…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Revert recommendation %1</source>
        <translation>Dychwelyd argymhelliad %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+7"/>
        <source>Add a recommendation</source>
        <translation>Ychwanegu argymhelliad</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The recommendation&apos;s text:</source>
        <translation>Testun yr argymhelliad:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <source>Split recommendation %1</source>
        <translation>Rhannu argymhelliad %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Put an empty line where the second recommendation starts:</source>
        <translation>Rhowch linell wag lle mae&apos;r ail argymhelliad yn dechrau:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merge recommendations %1 and %2</source>
        <translation>Uno argymhellion %1 a %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move recommendation %1 up</source>
        <translation>Symud argymhelliad %1 i fyny</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move recommendation %1 down</source>
        <translation>Symud argymhelliad %1 i lawr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete recommendation %1</source>
        <translation>Dileu argymhelliad %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The review mark could not be saved: %1</source>
        <translation>Nid oedd modd cadw&apos;r marc adolygu: %1</translation>
    </message>
</context>
<context>
    <name>oversight::GettingStartedView</name>
    <message>
        <location filename="../ui/panels/GettingStartedView.cpp" line="+25"/>
        <source>Import a &amp;folder of reports…</source>
        <translation>Mewnforio ffolder o &amp;adroddiadau…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import PDF &amp;files…</source>
        <translation>Mewnforio ffeiliau &amp;PDF…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Getting started</source>
        <translation>Dechrau arni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database has no documents yet. Import the Ofsted letters and reports you work with: a whole folder at once, or single PDF files. You can also drop them on this window.</source>
        <translation>Nid oes dogfennau yn y gronfa ddata hon eto. Mewnforiwch y llythyrau a&apos;r adroddiadau Ofsted rydych yn gweithio gyda nhw: ffolder cyfan ar unwaith, neu ffeiliau PDF unigol. Gallwch hefyd eu gollwng ar y ffenestr hon.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n document(s) in this database</source>
        <translation>
            <numerusform>%n o ddogfennau yn y gronfa ddata hon</numerusform>
            <numerusform>%n dogfen yn y gronfa ddata hon</numerusform>
            <numerusform>%n dogfen yn y gronfa ddata hon</numerusform>
            <numerusform>%n dogfen yn y gronfa ddata hon</numerusform>
            <numerusform>%n o ddogfennau yn y gronfa ddata hon</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a document in the library on the left, or search the text of every document with Ctrl+F.</source>
        <translation>Dewiswch ddogfen yn y llyfrgell ar y chwith, neu chwiliwch destun pob dogfen gyda Ctrl+F.</translation>
    </message>
</context>
<context>
    <name>oversight::GradeDistributionChart</name>
    <message>
        <location filename="../ui/charts/GradeDistributionChart.cpp" line="+46"/>
        <source>Authorities by grade</source>
        <translation>Awdurdodau yn ôl gradd</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%1, %2: %n authorities</source>
        <translation>
            <numerusform>%1, %2: %n o awdurdodau</numerusform>
            <numerusform>%1, %2: %n awdurdod</numerusform>
            <numerusform>%1, %2: %n awdurdod</numerusform>
            <numerusform>%1, %2: %n awdurdod</numerusform>
            <numerusform>%1, %2: %n o awdurdodau</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Authorities</source>
        <translation>Awdurdodau</translation>
    </message>
</context>
<context>
    <name>oversight::GradeTimelineChart</name>
    <message>
        <location filename="../ui/charts/GradeTimelineChart.cpp" line="+59"/>
        <source>Grades over time</source>
        <translation>Graddau dros amser</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Date published, or the inspection&apos;s last day where none is printed</source>
        <translation>Dyddiad cyhoeddi, neu ddiwrnod olaf yr arolygiad lle nad oes un wedi&apos;i argraffu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Visit (no grade)</source>
        <translation>Ymweliad (dim gradd)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Visits without grades</source>
        <translation>Ymweliadau heb raddau</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1
No grades (click to open)</source>
        <translation>%1
Dim graddau (cliciwch i&apos;w hagor)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1
%2: %3
(click to open)</source>
        <translation>%1
%2: %3
(cliciwch i&apos;w hagor)</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>Area SEND outcome</source>
        <translation>Canlyniad SEND ardal</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Outcome not read</source>
        <translation>Canlyniad heb ei ddarllen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area SEND: %1</source>
        <translation>SEND ardal: %1</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Placed at its publication, %1</source>
        <translation>Wedi&apos;i gosod ar ddyddiad ei chyhoeddi, %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1
Outcome: %2
(click to open)</source>
        <translation>%1
Canlyniad: %2
(cliciwch i agor)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not read</source>
        <translation>heb ei ddarllen</translation>
    </message>
</context>
<context>
    <name>oversight::ImportController</name>
    <message>
        <location filename="../ui/import/ImportController.cpp" line="+26"/>
        <source>Cancel import</source>
        <translation>Canslo&apos;r mewnforio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import progress</source>
        <translation>Cynnydd y mewnforio</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>An import is already running; wait for it or cancel it.</source>
        <translation>Mae mewnforio eisoes ar y gweill; arhoswch iddo orffen neu canslwch ef.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Looking for PDF files…</source>
        <translation>Yn chwilio am ffeiliau PDF…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling: finishing the file being stored…</source>
        <translation>Yn canslo: yn gorffen storio&apos;r ffeil gyfredol…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 files</source>
        <translation>%1 o %2 ffeil</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n page(s) read</source>
        <translation>
            <numerusform>%n o dudalennau wedi&apos;u darllen</numerusform>
            <numerusform>%n tudalen wedi&apos;i darllen</numerusform>
            <numerusform>%n tudalen wedi&apos;u darllen</numerusform>
            <numerusform>%n tudalen wedi&apos;u darllen</numerusform>
            <numerusform>%n o dudalennau wedi&apos;u darllen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n page(s) read · %1</source>
        <translation>
            <numerusform>%n o dudalennau wedi&apos;u darllen · %1</numerusform>
            <numerusform>%n tudalen wedi&apos;i darllen · %1</numerusform>
            <numerusform>%n tudalen wedi&apos;u darllen · %1</numerusform>
            <numerusform>%n tudalen wedi&apos;u darllen · %1</numerusform>
            <numerusform>%n o dudalennau wedi&apos;u darllen · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Import finished: %n imported</source>
        <translation>
            <numerusform>Wedi gorffen mewnforio: %n wedi&apos;u mewnforio</numerusform>
            <numerusform>Wedi gorffen mewnforio: %n wedi&apos;i mewnforio</numerusform>
            <numerusform>Wedi gorffen mewnforio: %n wedi&apos;u mewnforio</numerusform>
            <numerusform>Wedi gorffen mewnforio: %n wedi&apos;u mewnforio</numerusform>
            <numerusform>Wedi gorffen mewnforio: %n wedi&apos;u mewnforio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n rejected</source>
        <translation>
            <numerusform>, %n wedi&apos;u gwrthod</numerusform>
            <numerusform>, %n wedi&apos;i gwrthod</numerusform>
            <numerusform>, %n wedi&apos;u gwrthod</numerusform>
            <numerusform>, %n wedi&apos;u gwrthod</numerusform>
            <numerusform>, %n wedi&apos;u gwrthod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n wedi&apos;u canslo</numerusform>
            <numerusform>, %n wedi&apos;i chanslo</numerusform>
            <numerusform>, %n wedi&apos;u canslo</numerusform>
            <numerusform>, %n wedi&apos;u canslo</numerusform>
            <numerusform>, %n wedi&apos;u canslo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>oversight::ImportReportDialog</name>
    <message>
        <location filename="../ui/dialogs/ImportReportDialog.cpp" line="+23"/>
        <source>Imported</source>
        <translation>Mewnforiwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already present</source>
        <translation>Eisoes yn bresennol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Gwrthodwyd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Canslwyd</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1, %n page(s); no authority named</source>
        <translation>
            <numerusform>%1, %n o dudalennau; dim awdurdod wedi&apos;i enwi</numerusform>
            <numerusform>%1, %n tudalen; dim awdurdod wedi&apos;i enwi</numerusform>
            <numerusform>%1, %n tudalen; dim awdurdod wedi&apos;i enwi</numerusform>
            <numerusform>%1, %n tudalen; dim awdurdod wedi&apos;i enwi</numerusform>
            <numerusform>%1, %n o dudalennau; dim awdurdod wedi&apos;i enwi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, %2, %n page(s)</source>
        <translation>
            <numerusform>%1, %2, %n o dudalennau</numerusform>
            <numerusform>%1, %2, %n tudalen</numerusform>
            <numerusform>%1, %2, %n tudalen</numerusform>
            <numerusform>%1, %2, %n tudalen</numerusform>
            <numerusform>%1, %2, %n o dudalennau</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same content is already in the database: %1</source>
        <translation>Mae&apos;r un cynnwys eisoes yn y gronfa ddata: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same content is already in the database</source>
        <translation>Mae&apos;r un cynnwys eisoes yn y gronfa ddata</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported: the import was cancelled</source>
        <translation>Heb ei mewnforio: canslwyd y mewnforio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import report</source>
        <translation>Adroddiad mewnforio</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Files and what happened to them</source>
        <translation>Ffeiliau a beth ddigwyddodd iddynt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folder</source>
        <translation>Ffolder</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 files: %2 imported, %3 already present, %4 rejected, %5 cancelled.</source>
        <translation>%1 ffeil: %2 wedi&apos;u mewnforio, %3 eisoes yn bresennol, %4 wedi&apos;u gwrthod, %5 wedi&apos;u canslo.</translation>
    </message>
</context>
<context>
    <name>oversight::LibraryCopy::Copier</name>
    <message>
        <location filename="../models/store/LibraryCopy.cpp" line="+253"/>
        <source>%1 is the library being copied: choose another file or team database.</source>
        <translation>%1 yw&apos;r llyfrgell sy&apos;n cael ei chopïo: dewiswch ffeil neu gronfa ddata tîm arall.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot copy into %1: %2.</source>
        <translation>Ni ellir copïo i %1: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is at schema version %2 and %3 at version %4: a library is copied only between libraries of the same version (open both with this Oversight first).</source>
        <translation>Mae %1 ar fersiwn sgema %2 a %3 ar fersiwn %4: dim ond rhwng llyfrgelloedd o&apos;r un fersiwn y caiff llyfrgell ei chopïo (agorwch y ddwy gyda&apos;r Oversight hwn yn gyntaf).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the tables of %1: %2</source>
        <translation>Ni ellir darllen tablau %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds a table, %2, that this version of Oversight does not know how to copy: nothing was copied. Copy it with the Oversight that made it.</source>
        <translation>Mae gan %1 dabl, %2, nad yw&apos;r fersiwn hon o Oversight yn gwybod sut i&apos;w gopïo: ni chopïwyd dim. Copïwch hi gyda&apos;r Oversight a&apos;i gwnaeth.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the columns of %1: %2</source>
        <translation>Ni ellir darllen colofnau %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no table %2: it is not a whole library.</source>
        <translation>Nid oes tabl %2 gan %1: nid yw&apos;n llyfrgell gyfan.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot copy %1: its primary key is not a column of both libraries.</source>
        <translation>Ni ellir copïo %1: nid yw ei allwedd gynradd yn golofn yn y ddwy lyfrgell.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+48"/>
        <location line="+120"/>
        <source>Cannot count the rows of %1: %2</source>
        <translation>Ni ellir cyfrif rhesi %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-117"/>
        <source>%1 is not empty (%2 holds %n row(s)): a library is copied only into an empty one, so that nothing in it is overwritten. Choose a new file or an empty team database.</source>
        <translation>
            <numerusform>Nid yw %1 yn wag (mae %n rhes yn %2): dim ond i lyfrgell wag y caiff llyfrgell ei chopïo, fel na chaiff dim ynddi ei drosysgrifo. Dewiswch ffeil newydd neu gronfa ddata tîm wag.</numerusform>
            <numerusform>Nid yw %1 yn wag (mae %n rhes yn %2): dim ond i lyfrgell wag y caiff llyfrgell ei chopïo, fel na chaiff dim ynddi ei drosysgrifo. Dewiswch ffeil newydd neu gronfa ddata tîm wag.</numerusform>
            <numerusform>Nid yw %1 yn wag (mae %n rhes yn %2): dim ond i lyfrgell wag y caiff llyfrgell ei chopïo, fel na chaiff dim ynddi ei drosysgrifo. Dewiswch ffeil newydd neu gronfa ddata tîm wag.</numerusform>
            <numerusform>Nid yw %1 yn wag (mae %n rhes yn %2): dim ond i lyfrgell wag y caiff llyfrgell ei chopïo, fel na chaiff dim ynddi ei drosysgrifo. Dewiswch ffeil newydd neu gronfa ddata tîm wag.</numerusform>
            <numerusform>Nid yw %1 yn wag (mae %n rhes yn %2): dim ond i lyfrgell wag y caiff llyfrgell ei chopïo, fel na chaiff dim ynddi ei drosysgrifo. Dewiswch ffeil newydd neu gronfa ddata tîm wag.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The copy was cancelled: nothing was copied.</source>
        <translation>Canslwyd y copïo: ni chopïwyd dim.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1 from %2: %3</source>
        <translation>Ni ellir darllen %1 o %2: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write row %1 of %2 into %3: %4</source>
        <translation>Ni ellir ysgrifennu rhes %1 o %2 i %3: %4</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot set the next id of %1: %2</source>
        <translation>Ni ellir gosod id nesaf %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot build the full-text index: %1</source>
        <translation>Ni ellir adeiladu&apos;r mynegai testun llawn: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The copy was undone: %1 has %2 rows in %3 but %4 in the copy.</source>
        <translation>Dadwnaed y copi: mae gan %1 %2 rhes yn %3 ond %4 yn y copi.</translation>
    </message>
</context>
<context>
    <name>oversight::LibraryCopyController</name>
    <message>
        <location filename="../ui/database/LibraryCopyController.cpp" line="+26"/>
        <source>Authorities</source>
        <translation>Awdurdodau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Dogfennau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files</source>
        <translation>Ffeiliau PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Tudalennau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judgements</source>
        <translation>Barnau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendations</source>
        <translation>Argymhellion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Canfyddiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrections</source>
        <translation>Cywiriadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklists</source>
        <translation>Rhestrau gwirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist items</source>
        <translation>Eitemau rhestrau gwirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations</source>
        <translation>Anodiadau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annotations&apos; links to items</source>
        <translation>Cysylltiadau anodiadau ag eitemau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismissed suggestions</source>
        <translation>Awgrymiadau a wrthodwyd</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The copy ended without a result.</source>
        <translation>Daeth y copïo i ben heb ganlyniad.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cop&amp;y library to team database…</source>
        <translation>Copïo&apos;r ll&amp;yfrgell i gronfa ddata&apos;r tîm…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy every document, fact, correction, checklist and annotation into an empty team database on a PostgreSQL server</source>
        <translation>Copïo pob dogfen, ffaith, cywiriad, rhestr wirio ac anodiad i gronfa ddata tîm wag ar weinydd PostgreSQL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy library to a fi&amp;le…</source>
        <translation>Copïo&apos;r llyfrgell i ffei&amp;l…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the whole library into a new database file, to work offline</source>
        <translation>Copïo&apos;r llyfrgell gyfan i ffeil cronfa ddata newydd, i weithio all-lein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wait for the import or re-read to finish first.</source>
        <translation>Arhoswch i&apos;r mewnforio neu&apos;r ailddarllen orffen yn gyntaf.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy library to team database</source>
        <translation>Copïo&apos;r llyfrgell i gronfa ddata tîm</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database must be empty. Everything is copied in one transaction: if anything fails, nothing is left there.</source>
        <translation>Rhaid i&apos;r gronfa ddata fod yn wag. Caiff popeth ei gopïo mewn un trafodiad: os bydd unrhyw beth yn methu, ni adewir dim yno.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copy library to a file</source>
        <translation>Copïo&apos;r llyfrgell i ffeil</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>-copy</source>
        <translation>-copi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversight databases (*.sqlite *.db)</source>
        <translation>Cronfeydd data Oversight (*.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copying the library to %1…</source>
        <translation>Yn copïo&apos;r llyfrgell i %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>Copy library</source>
        <translation>Copïo&apos;r llyfrgell</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Copying %1…</source>
        <translation>Yn copïo %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying %1: %2 of %3…</source>
        <translation>Yn copïo %1: %2 o %3…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling: undoing what was copied…</source>
        <translation>Yn canslo: yn dadwneud yr hyn a gopïwyd…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;p&gt;The library was copied to &lt;b&gt;%1&lt;/b&gt;. Every table holds as many rows in the copy as in this library:&lt;/p&gt;&lt;table&gt;%2&lt;/table&gt;</source>
        <translation>&lt;p&gt;Copïwyd y llyfrgell i &lt;b&gt;%1&lt;/b&gt;. Mae gan bob tabl gymaint o resi yn y copi ag yn y llyfrgell hon:&lt;/p&gt;&lt;table&gt;%2&lt;/table&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open the copy</source>
        <translation>&amp;Agor y copi</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The copy was cancelled: nothing was copied to %1.</source>
        <translation>Canslwyd y copïo: ni chopïwyd dim i %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was copied to %1.</source>
        <translation>Ni chopïwyd dim i %1.</translation>
    </message>
</context>
<context>
    <name>oversight::LibraryPanel</name>
    <message>
        <location filename="../ui/panels/LibraryPanel.cpp" line="+41"/>
        <source>Filter authorities</source>
        <translation>Hidlo awdurdodau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter authorities by name</source>
        <translation>Hidlo awdurdodau yn ôl enw</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by kind of document</source>
        <translation>Hidlo yn ôl math o ddogfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Pob math</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by year</source>
        <translation>Hidlo yn ôl blwyddyn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show only documents in which some facts were not found</source>
        <translation>Dangos dim ond dogfennau lle na chanfuwyd rhai ffeithiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only documents that need review</source>
        <translation>Dangos dim ond dogfennau y mae angen eu hadolygu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authorities and documents</source>
        <translation>Awdurdodau a dogfennau</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Compare these two documents</source>
        <translation>C&amp;ymharu&apos;r ddwy ddogfen hyn</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export &amp;summary…</source>
        <translation>Allforio &amp;crynodeb…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;authority summary…</source>
        <translation>Allforio crynodeb yr &amp;awdurdod…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;harts for this authority</source>
        <translation>&amp;Siartiau&apos;r awdurdod hwn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assign au&amp;thority…</source>
        <translation>Pennu&apos;r a&amp;wdurdod…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File as the document &amp;names it</source>
        <translation>Ffeilio fel y mae&apos;r ddogfen yn ei &amp;enwi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete document…</source>
        <translation>&amp;Dileu&apos;r ddogfen…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>All years</source>
        <translation>Pob blwyddyn</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Needs review (%1)</source>
        <translation>Angen adolygu (%1)</translation>
    </message>
</context>
<context>
    <name>oversight::LibraryRowDelegate</name>
    <message>
        <location filename="../ui/panels/LibraryRowDelegate.cpp" line="+16"/>
        <source>%1 (%2)</source>
        <extracomment>An authority&apos;s name in the Library and how many of its documents are listed under it</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>oversight::LibraryTreeModel</name>
    <message>
        <location filename="../models/itemmodels/LibraryTreeModel.cpp" line="+47"/>
        <source>Authority not recognised</source>
        <translation>Awdurdod heb ei adnabod</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n o ddogfennau</numerusform>
            <numerusform>%n dogfen</numerusform>
            <numerusform>%n dogfen</numerusform>
            <numerusform>%n dogfen</numerusform>
            <numerusform>%n o ddogfennau</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documents whose authority is not in the DfE reference list. Right-click one to assign its authority.</source>
        <translation>Dogfennau nad yw eu hawdurdod yn rhestr gyfeirio&apos;r DfE. De-gliciwch ar un i bennu ei awdurdod.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (DfE code %2)</source>
        <translation>%1 (cod DfE %2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1
%2
File: %3, %n page(s)</source>
        <translation>
            <numerusform>%1
%2
Ffeil: %3, %n o dudalennau</numerusform>
            <numerusform>%1
%2
Ffeil: %3, %n tudalen</numerusform>
            <numerusform>%1
%2
Ffeil: %3, %n tudalen</numerusform>
            <numerusform>%1
%2
Ffeil: %3, %n tudalen</numerusform>
            <numerusform>%1
%2
Ffeil: %3, %n o dudalennau</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The document names no authority. Right-click to assign one.</source>
        <translation>Nid yw&apos;r ddogfen yn enwi awdurdod. De-gliciwch i bennu un.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named in the document as “%1”, which is not in the reference list. Right-click to assign its authority.</source>
        <translation>Fe&apos;i henwir yn y ddogfen fel “%1”, nad yw yn y rhestr gyfeirio. De-gliciwch i bennu ei awdurdod.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authority assigned by hand.</source>
        <translation>Awdurdod wedi&apos;i bennu â llaw.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Marked as needing review.</source>
        <translation>Nodwyd bod angen ei hadolygu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs review: not found: %1.</source>
        <translation>Angen adolygu: heb ei ganfod: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Corrected: %1.</source>
        <translation>Wedi&apos;u cywiro: %1.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Authority / kind</source>
        <translation>Awdurdod / math</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Outcome: %1</source>
        <translation>Canlyniad: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not read</source>
        <translation>heb ei ddarllen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>oversight::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+150"/>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Ready</source>
        <translation>Yn barod</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Library</source>
        <translation>Llyfrgell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facts</source>
        <translation>Ffeithiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Canlyniadau chwilio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annotations</source>
        <translation>Anodiadau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review</source>
        <translation>Adolygu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checklists</source>
        <translation>Rhestrau gwirio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database…</source>
        <translation>Cronfa ddata &amp;newydd…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Agor cronfa ddata…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to a &amp;team database…</source>
        <translation>Cysylltu â chronfa ddata &amp;tîm…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;recent</source>
        <translation>Cronfeydd data d&amp;iweddar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import PDF files…</source>
        <translation>&amp;Mewnforio ffeiliau PDF…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a &amp;folder…</source>
        <translation>Mewnforio &amp;ffolder…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;summary…</source>
        <translation>Allforio &amp;crynodeb…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;data…</source>
        <translation>Allforio &amp;data…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Annotate selection…</source>
        <translation>A&amp;nodi&apos;r detholiad…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search the text…</source>
        <translation>C&amp;hwilio&apos;r testun…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>G&amp;weld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Charts…</source>
        <translation>&amp;Siartiau…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;mpare documents…</source>
        <translation>C&amp;ymharu dogfennau…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Go to the p&amp;age view</source>
        <translation>Mynd i olwg y d&amp;udalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the &amp;library</source>
        <translation>Mynd i&apos;r &amp;llyfrgell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to the &amp;facts</source>
        <translation>Mynd i&apos;r &amp;ffeithiau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the c&amp;hecklists</source>
        <translation>Mynd i&apos;r &amp;rhestrau gwirio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the search &amp;results</source>
        <translation>Mynd i ganlyniadau&apos;r &amp;chwilio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the a&amp;nnotations</source>
        <translation>Mynd i&apos;r a&amp;nodiadau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the re&amp;view list</source>
        <translation>Mynd i&apos;r rhestr ad&amp;olygu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tools</source>
        <translation>&amp;Offer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-read all documents</source>
        <translation>&amp;Ailddarllen pob dogfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Understand every stored document again with this version of Oversight, without importing it again; annotations are kept.</source>
        <translation>Dehongli pob dogfen sydd wedi&apos;i storio eto gyda&apos;r fersiwn hon o Oversight, heb ei mewnforio eto; caiff yr anodiadau eu cadw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a &amp;checklist of this document&apos;s recommendations</source>
        <translation>Gwneud &amp;rhestr wirio o argymhellion y ddogfen hon</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Dewisiadau…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Llwybrau byr bysellfwrdd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Oversight</source>
        <translation>&amp;Ynghylch Oversight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Ynghylch &amp;Qt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main</source>
        <translation>Prif far offer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (Ctrl+F)</source>
        <translation>%1 (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the text of every document</source>
        <translation>Chwilio testun pob dogfen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Clear the list</source>
        <translation>Clirio&apos;r rhestr</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+232"/>
        <source>Import running</source>
        <translation>Mewnforio ar y gweill</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>Wait for the import to finish, or cancel it, before opening another database.</source>
        <translation>Arhoswch i&apos;r mewnforio orffen, neu canslwch ef, cyn agor cronfa ddata arall.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot open the database</source>
        <translation>Ni ellir agor y gronfa ddata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be opened:
%2</source>
        <translation>Nid oedd modd agor %1:
%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading documents again with this version&apos;s reader…</source>
        <translation>Yn darllen y dogfennau eto gyda darllenydd y fersiwn hon…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New database</source>
        <translation>Cronfa ddata newydd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversight databases (*.sqlite *.db)</source>
        <translation>Cronfeydd data Oversight (*.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open database</source>
        <translation>Agor cronfa ddata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversight databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cronfeydd data Oversight (*.sqlite *.db);;Pob ffeil (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import PDF files</source>
        <translation>Mewnforio ffeiliau PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf *.PDF)</source>
        <translation>Ffeiliau PDF (*.pdf *.PDF)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import every PDF in a folder</source>
        <translation>Mewnforio pob PDF mewn ffolder</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>That document is no longer in the database.</source>
        <translation>Nid yw&apos;r ddogfen honno yn y gronfa ddata mwyach.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Delete “%1” (%2) and its %n annotation(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Dileu “%1” (%2) a&apos;i %n o anodiadau? Ni ellir dadwneud hyn.</numerusform>
            <numerusform>Dileu “%1” (%2) a&apos;i %n anodiad? Ni ellir dadwneud hyn.</numerusform>
            <numerusform>Dileu “%1” (%2) a&apos;i %n anodiad? Ni ellir dadwneud hyn.</numerusform>
            <numerusform>Dileu “%1” (%2) a&apos;i %n anodiad? Ni ellir dadwneud hyn.</numerusform>
            <numerusform>Dileu “%1” (%2) a&apos;i %n o anodiadau? Ni ellir dadwneud hyn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete “%1” (%2)? This cannot be undone.</source>
        <translation>Dileu “%1” (%2)? Ni ellir dadwneud hyn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Delete document</source>
        <translation>Dileu dogfen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;Keep my corrections, for when this file is imported again</source>
        <translation>&amp;Cadw fy nghywiriadau, ar gyfer pan gaiff y ffeil hon ei mewnforio eto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The document could not be deleted: %1</source>
        <translation>Nid oedd modd dileu&apos;r ddogfen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Document deleted.</source>
        <translation>Dilëwyd y ddogfen.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>About Oversight</source>
        <translation>Ynghylch Oversight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Oversight %1&lt;/h3&gt;&lt;p&gt;Reads Ofsted inspections of children&apos;s services, tracks their recommendations and compares them over time.&lt;/p&gt;&lt;p&gt;Oversight is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;It uses Qt %2, under the GNU Lesser General Public License version 3, and Poppler %3, under the GNU General Public License version 2 or later, with SQLite, which is in the public domain.&lt;/p&gt;&lt;p&gt;Ofsted reports are Crown copyright, published under the Open Government Licence v3.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Oversight %1&lt;/h3&gt;&lt;p&gt;Yn darllen arolygiadau Ofsted o wasanaethau plant, yn olrhain eu hargymhellion ac yn eu cymharu dros amser.&lt;/p&gt;&lt;p&gt;Mae Oversight yn feddalwedd rydd o dan Drwydded Gyhoeddus Gyffredinol GNU, fersiwn 3 neu ddiweddarach.&lt;/p&gt;&lt;p&gt;Mae&apos;n defnyddio Qt %2, o dan Drwydded Gyhoeddus Gyffredinol Lai GNU fersiwn 3, a Poppler %3, o dan Drwydded Gyhoeddus Gyffredinol GNU fersiwn 2 neu ddiweddarach, gydag SQLite, sydd yn y parth cyhoeddus.&lt;/p&gt;&lt;p&gt;Mae adroddiadau Ofsted dan hawlfraint y Goron, ac fe&apos;u cyhoeddir o dan y Drwydded Llywodraeth Agored v3.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>An import is running. Stop it and quit? Documents already imported are kept.</source>
        <translation>Mae mewnforio ar y gweill. Ei atal a gadael? Caiff y dogfennau sydd eisoes wedi&apos;u mewnforio eu cadw.</translation>
    </message>
</context>
<context>
    <name>oversight::MapData</name>
    <message>
        <location filename="../models/analysis/MapData.cpp" line="+81"/>
        <source>The map&apos;s boundaries cannot be read: %1.</source>
        <translation>Ni ellir darllen ffiniau&apos;r map: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map&apos;s boundaries hold no districts.</source>
        <translation>Nid oes unrhyw ardaloedd yn ffiniau&apos;r map.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Authority</source>
        <translation>Awdurdod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Rhanbarth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grade</source>
        <translation>Gradd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection date</source>
        <translation>Dyddiad yr arolygiad</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No grade yet</source>
        <translation>Dim gradd eto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (as %2)</source>
        <translation>%1 (fel %2)</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Area SEND outcome</source>
        <translation>Canlyniad SEND ardal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No area SEND inspection yet</source>
        <translation>Dim arolygiad SEND ardal eto</translation>
    </message>
</context>
<context>
    <name>oversight::MapPanel</name>
    <message>
        <location filename="../ui/charts/MapPanel.cpp" line="+46"/>
        <source>&amp;Area:</source>
        <translation>Ma&amp;es:</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+92"/>
        <source>Play</source>
        <translation>Chwarae</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Replay the history on the map</source>
        <translation>Ailchwarae&apos;r hanes ar y map</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date shown on the map</source>
        <translation>Y dyddiad a ddangosir ar y map</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Pause</source>
        <translation>Saib</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: each authority&apos;s latest grade on %2</source>
        <translation>%1: gradd ddiweddaraf pob awdurdod ar %2</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Judgement area or outcome shown on the map</source>
        <translation>Maes barn neu ganlyniad a ddangosir ar y map</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Area SEND outcome</source>
        <translation>Canlyniad SEND ardal</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Area SEND outcome: each authority&apos;s latest area SEND inspection on %1</source>
        <translation>Canlyniad SEND ardal: arolygiad SEND ardal diweddaraf pob awdurdod ar %1</translation>
    </message>
</context>
<context>
    <name>oversight::NationalPanel</name>
    <message>
        <location filename="../ui/charts/NationalPanel.cpp" line="+38"/>
        <source>First year</source>
        <translation>Blwyddyn gyntaf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Blwyddyn olaf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judgement area followed year by year</source>
        <translation>Maes barn a ddilynir flwyddyn wrth flwyddyn</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;to:</source>
        <translation>&amp;i:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Year by year:</source>
        <translation>&amp;Blwyddyn wrth flwyddyn:</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Latest grade of each authority inspected %1–%2</source>
        <translation>Gradd ddiweddaraf pob awdurdod a arolygwyd %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: grade each authority stood at, year by year</source>
        <translation>%1: gradd pob awdurdod, flwyddyn wrth flwyddyn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area</source>
        <translation>Maes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Blwyddyn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest area SEND outcome, %1–%2</source>
        <translation>Canlyniad SEND ardal diweddaraf, %1–%2</translation>
    </message>
</context>
<context>
    <name>oversight::OpenProblemDialog</name>
    <message>
        <location filename="../ui/database/OpenProblemDialog.cpp" line="+31"/>
        <source>Cannot open the database</source>
        <translation>Ni ellir agor y gronfa ddata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be opened.</source>
        <translation>Nid oedd modd agor %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check and &amp;repair…</source>
        <translation>Gwirio a &amp;thrwsio…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore a &amp;backup…</source>
        <translation>Adfer co&amp;pi wrth gefn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open another database…</source>
        <translation>&amp;Agor cronfa ddata arall…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the &amp;default database</source>
        <translation>Defnyddio&apos;r gronfa ddata &amp;ddiofyn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open database</source>
        <translation>Agor cronfa ddata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversight databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cronfeydd data Oversight (*.sqlite *.db);;Pob ffeil (*)</translation>
    </message>
</context>
<context>
    <name>oversight::OutcomeCountChart</name>
    <message>
        <location filename="../ui/charts/OutcomeCountChart.cpp" line="+24"/>
        <source>Positive (%1)</source>
        <translation>Cadarnhaol (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inconsistent (%1)</source>
        <translation>Anghyson (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systemic failings (%1)</source>
        <translation>Methiannau systemig (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Authorities by area SEND outcome</source>
        <translation>Awdurdodau yn ôl canlyniad SEND ardal</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%1: %n authorities</source>
        <translation>
            <numerusform>%1: %n o awdurdodau</numerusform>
            <numerusform>%1: %n awdurdod</numerusform>
            <numerusform>%1: %n awdurdod</numerusform>
            <numerusform>%1: %n awdurdod</numerusform>
            <numerusform>%1: %n o awdurdodau</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oversight::PdfView</name>
    <message>
        <location filename="../ui/views/PdfView.cpp" line="+25"/>
        <source>No document open</source>
        <translation>Dim dogfen ar agor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pages of the PDF document</source>
        <translation>Tudalennau&apos;r ddogfen PDF</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This PDF cannot be shown: %1.</source>
        <translation>Ni ellir dangos y PDF hwn: %1.</translation>
    </message>
    <message>
        <location filename="../ui/views/PdfViewSelection.cpp" line="+295"/>
        <source>&amp;Annotate selection…</source>
        <translation>A&amp;nodi&apos;r detholiad…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;all on page</source>
        <translation>Dewis &amp;y cyfan ar y dudalen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;in</source>
        <translation>Chwyddo &amp;i mewn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>Chwyddo &amp;allan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit width</source>
        <translation>&amp;Ffitio&apos;r lled</translation>
    </message>
</context>
<context>
    <name>oversight::PeersPanel</name>
    <message>
        <location filename="../ui/charts/PeersPanel.cpp" line="+30"/>
        <source>Judgement area</source>
        <translation>Maes barn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statistical neighbours</source>
        <translation>Cymdogion ystadegol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with statistical neighbours</source>
        <translation>Cymharu â chymdogion ystadegol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>Rhanbarth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with the authorities of the region</source>
        <translation>Cymharu ag awdurdodau&apos;r rhanbarth</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Area:</source>
        <translation>Ma&amp;es:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1: %2 and its region</source>
        <translation>%1: %2 a&apos;i ranbarth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 and its statistical neighbours</source>
        <translation>%1: %2 a&apos;i gymdogion ystadegol</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source> (%n without inspections in the library)</source>
        <translation>
            <numerusform> (%n heb arolygiadau yn y llyfrgell)</numerusform>
            <numerusform> (%n heb arolygiadau yn y llyfrgell)</numerusform>
            <numerusform> (%n heb arolygiadau yn y llyfrgell)</numerusform>
            <numerusform> (%n heb arolygiadau yn y llyfrgell)</numerusform>
            <numerusform> (%n heb arolygiadau yn y llyfrgell)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in the library yet: %1.</source>
        <translation>Heb fod yn y llyfrgell eto: %1.</translation>
    </message>
</context>
<context>
    <name>oversight::PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/PreferencesDialog.cpp" line="+35"/>
        <source>Preferences</source>
        <translation>Dewisiadau</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Default database folder</source>
        <translation>Ffolder diofyn cronfeydd data</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the default database folder</source>
        <translation>Dewis y ffolder diofyn ar gyfer cronfeydd data</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>As the system</source>
        <translation>Fel y system</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Page size for exported summaries</source>
        <translation>Maint y dudalen ar gyfer crynodebau a allforir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>Letter (UDA)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light</source>
        <translation>Golau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Tywyll</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default &amp;database folder:</source>
        <translation>Ffolder &amp;diofyn cronfeydd data:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Iaith:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies when Oversight next starts.</source>
        <translation>Bydd iaith newydd yn dod i rym y tro nesaf y bydd Oversight yn cychwyn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;page size:</source>
        <translation>Maint y dudalen wrth &amp;allforio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
</context>
<context>
    <name>oversight::ProgressDialog</name>
    <message>
        <location filename="../ui/annotations/ProgressDialog.cpp" line="+29"/>
        <source>Progress: %1</source>
        <translation>Cynnydd: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checklist items against later documents</source>
        <translation>Eitemau&apos;r rhestr wirio yn erbyn dogfennau diweddarach</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No later documents of this authority yet.</source>
        <translation>Nid oes dogfennau diweddarach gan yr awdurdod hwn eto.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %2 items met by the latest evidence, over %n later document(s).</source>
        <translation>
            <numerusform>%1 o %2 eitem wedi&apos;u bodloni yn ôl y dystiolaeth ddiweddaraf, ar draws %n o ddogfennau diweddarach.</numerusform>
            <numerusform>%1 o %2 eitem wedi&apos;u bodloni yn ôl y dystiolaeth ddiweddaraf, ar draws %n dogfen ddiweddarach.</numerusform>
            <numerusform>%1 o %2 eitem wedi&apos;u bodloni yn ôl y dystiolaeth ddiweddaraf, ar draws %n dogfen ddiweddarach.</numerusform>
            <numerusform>%1 o %2 eitem wedi&apos;u bodloni yn ôl y dystiolaeth ddiweddaraf, ar draws %n dogfen ddiweddarach.</numerusform>
            <numerusform>%1 o %2 eitem wedi&apos;u bodloni yn ôl y dystiolaeth ddiweddaraf, ar draws %n o ddogfennau diweddarach.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oversight::ProgressMatrixModel</name>
    <message>
        <location filename="../models/itemmodels/ProgressMatrixModel.cpp" line="+72"/>
        <source>“%1”
%2</source>
        <translation>“%1”
%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing annotated for this item in this document yet.</source>
        <translation>Nid oes dim wedi&apos;i anodi ar gyfer yr eitem hon yn y ddogfen hon eto.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1
Date: %2</source>
        <comment>a document&apos;s title, then how its date is chosen</comment>
        <translation>%1
Dyddiad: %2</translation>
    </message>
</context>
<context>
    <name>oversight::Repair</name>
    <message>
        <location filename="../models/store/Repair.cpp" line="+64"/>
        <source>%1 does not exist</source>
        <translation>nid yw %1 yn bodoli</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>%1 exists already: choose a new file</source>
        <translation>mae %1 yn bodoli eisoes: dewiswch ffeil newydd</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot read %1</source>
        <translation>ni ellir darllen %1</translation>
    </message>
</context>
<context>
    <name>oversight::RereadController</name>
    <message>
        <location filename="../ui/import/RereadController.cpp" line="+22"/>
        <source>Re-read</source>
        <translation>Ailddarllen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n document(s) could not be re-read: %1</source>
        <translation>
            <numerusform>Nid oedd modd ailddarllen %n o ddogfennau: %1</numerusform>
            <numerusform>Nid oedd modd ailddarllen %n dogfen: %1</numerusform>
            <numerusform>Nid oedd modd ailddarllen %n dogfen: %1</numerusform>
            <numerusform>Nid oedd modd ailddarllen %n dogfen: %1</numerusform>
            <numerusform>Nid oedd modd ailddarllen %n o ddogfennau: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading the documents again…</source>
        <translation>Yn darllen y dogfennau eto…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>oversight::RestoreBackupDialog</name>
    <message>
        <location filename="../ui/database/RestoreBackupDialog.cpp" line="+20"/>
        <location line="+42"/>
        <location line="+23"/>
        <source>Restore a backup</source>
        <translation>Adfer copi wrth gefn</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>There is no backup of %1 yet. Oversight makes one before each upgrade of the database and once a day when it is changed.</source>
        <translation>Nid oes copi wrth gefn o %1 eto. Mae Oversight yn gwneud un cyn pob uwchraddiad o&apos;r gronfa ddata ac unwaith y dydd pan gaiff ei newid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups of %1, newest first. The one you restore takes the database&apos;s place; the current file is kept beside it.</source>
        <translation>Copïau wrth gefn o %1, y mwyaf newydd yn gyntaf. Mae&apos;r un a adferwch yn cymryd lle&apos;r gronfa ddata; cedwir y ffeil bresennol wrth ei hymyl.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore</source>
        <translation>&amp;Adfer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Put the backup of %1 in place of %2? Changes made since then are not in it; the current file is kept beside it.</source>
        <translation>Rhoi copi wrth gefn %1 yn lle %2? Nid yw&apos;r newidiadau a wnaed ers hynny ynddo; cedwir y ffeil bresennol wrth ei hymyl.</translation>
    </message>
</context>
<context>
    <name>oversight::ReviewModel</name>
    <message>
        <location filename="../models/itemmodels/ReviewModel.cpp" line="+49"/>
        <source>Not recognised</source>
        <translation>Heb ei adnabod</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>marked by you</source>
        <translation>wedi&apos;i nodi gennych chi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not found: %1</source>
        <translation>heb eu canfod: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Authority</source>
        <translation>Awdurdod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>Dogfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In question</source>
        <translation>Dan sylw</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrected</source>
        <translation>Wedi&apos;i gywiro</translation>
    </message>
</context>
<context>
    <name>oversight::ReviewPanel</name>
    <message>
        <location filename="../ui/panels/ReviewPanel.cpp" line="+25"/>
        <source>&amp;Mark reviewed</source>
        <translation>&amp;Nodi wedi&apos;i hadolygu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documents that need review</source>
        <translation>Dogfennau y mae angen eu hadolygu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Take the document off this list: its facts are checked (Ctrl+Return)</source>
        <translation>Tynnu&apos;r ddogfen oddi ar y rhestr hon: mae ei ffeithiau wedi&apos;u gwirio (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The review mark could not be saved: %1</source>
        <translation>Nid oedd modd cadw&apos;r marc adolygu: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing needs review.</source>
        <translation>Nid oes angen adolygu dim.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n document(s) need review.</source>
        <translation>
            <numerusform>Mae angen adolygu %n o ddogfennau.</numerusform>
            <numerusform>Mae angen adolygu %n ddogfen.</numerusform>
            <numerusform>Mae angen adolygu %n ddogfen.</numerusform>
            <numerusform>Mae angen adolygu %n dogfen.</numerusform>
            <numerusform>Mae angen adolygu %n o ddogfennau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oversight::SearchPanel</name>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="+24"/>
        <source>Show &amp;more</source>
        <translation>Dangos &amp;rhagor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search in</source>
        <translation>Chwilio yn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Popeth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This authority</source>
        <translation>Yr awdurdod hwn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document</source>
        <translation>Y ddogfen hon</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Show the next %n matching page(s)</source>
        <translation>
            <numerusform>Dangos y %n o dudalennau nesaf sy&apos;n cyfateb</numerusform>
            <numerusform>Dangos y %n dudalen nesaf sy&apos;n cyfateb</numerusform>
            <numerusform>Dangos y %n dudalen nesaf sy&apos;n cyfateb</numerusform>
            <numerusform>Dangos y %n tudalen nesaf sy&apos;n cyfateb</numerusform>
            <numerusform>Dangos y %n thudalen nesaf sy&apos;n cyfateb</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search results</source>
        <translation>Canlyniadau chwilio</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Searc&amp;h in:</source>
        <translation>C&amp;hwilio yn:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search every page: words, &quot;a phrase&quot;, care* for words that begin so</source>
        <translation>Chwilio pob tudalen: geiriau, &quot;ymadrodd&quot;, gofal* am eiriau sy&apos;n dechrau felly</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Type in the search box to search the text of every page.</source>
        <translation>Teipiwch yn y blwch chwilio i chwilio testun pob tudalen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No page matches: %1</source>
        <translation>Nid oes tudalen yn cyfateb: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Showing %1 of %n matching page(s): %2</source>
        <translation>
            <numerusform>Yn dangos %1 o %n o dudalennau sy&apos;n cyfateb: %2</numerusform>
            <numerusform>Yn dangos %1 o %n dudalen sy&apos;n cyfateb: %2</numerusform>
            <numerusform>Yn dangos %1 o %n dudalen sy&apos;n cyfateb: %2</numerusform>
            <numerusform>Yn dangos %1 o %n tudalen sy&apos;n cyfateb: %2</numerusform>
            <numerusform>Yn dangos %1 o %n thudalen sy&apos;n cyfateb: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n page(s) match: %1</source>
        <translation>
            <numerusform>%n o dudalennau yn cyfateb: %1</numerusform>
            <numerusform>%n tudalen yn cyfateb: %1</numerusform>
            <numerusform>%n tudalen yn cyfateb: %1</numerusform>
            <numerusform>%n tudalen yn cyfateb: %1</numerusform>
            <numerusform>%n o dudalennau yn cyfateb: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oversight::SearchResultsModel</name>
    <message>
        <location filename="../models/itemmodels/SearchResultsModel.cpp" line="+119"/>
        <source>No authority</source>
        <translation>Dim awdurdod</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2, page %3</source>
        <translation>%1, %2, tudalen %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Authority</source>
        <translation>Awdurdod</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>Dogfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page</source>
        <translation>Tudalen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Testun</translation>
    </message>
</context>
<context>
    <name>oversight::ShortcutsDialog</name>
    <message>
        <location filename="../ui/dialogs/ShortcutsDialog.cpp" line="+29"/>
        <location line="+8"/>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr bysellfwrdd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Gorchymyn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Llwybr byr</translation>
    </message>
</context>
<context>
    <name>oversight::StoreError</name>
    <message>
        <location filename="../models/store/StoreError.cpp" line="+44"/>
        <source>not enough space on the disk that holds %1</source>
        <translation>dim digon o le ar y ddisg sy&apos;n dal %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not enough space on the disk that holds %1 to store %2</source>
        <translation>dim digon o le ar y ddisg sy&apos;n dal %1 i storio %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the database %1 is damaged: run File &gt; Check and repair, or restore a backup</source>
        <translation>mae&apos;r gronfa ddata %1 wedi&apos;i difrodi: rhedwch Ffeil &gt; Gwirio a thrwsio, neu adferwch gopi wrth gefn</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the server of %1 has no space left</source>
        <translation>nid oes lle ar ôl ar weinydd %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server of %1 has no space left to store %2</source>
        <translation>nid oes lle ar ôl ar weinydd %1 i storio %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you may read %1 but not change it (%2)</source>
        <translation>cewch ddarllen %1 ond nid ei newid (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is busy with another team member&apos;s change; try again</source>
        <translation>mae %1 yn brysur gyda newid aelod arall o&apos;r tîm; rhowch gynnig arall arni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server reports that %1 is damaged (%2): ask its administrator</source>
        <translation>mae&apos;r gweinydd yn dweud bod %1 wedi&apos;i difrodi (%2): gofynnwch i&apos;w gweinyddwr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lost the connection to %1 (%2)</source>
        <translation>collwyd y cysylltiad â %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another team member changed the same thing in %1 at the same time (%2)</source>
        <translation>newidiodd aelod arall o&apos;r tîm yr un peth yn %1 ar yr un pryd (%2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is read-only: you cannot write to the file or to its folder</source>
        <translation>mae %1 yn ddarllen-yn-unig: ni allwch ysgrifennu i&apos;r ffeil nac i&apos;w ffolder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is locked by another program that is writing to it; try again when it has finished</source>
        <translation>mae %1 wedi&apos;i gloi gan raglen arall sy&apos;n ysgrifennu iddi; rhowch gynnig arall arni pan fydd wedi gorffen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot open %1 (%2)</source>
        <translation>ni ellir agor %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk that holds %1 reported an error (%2)</source>
        <translation>adroddodd y ddisg sy&apos;n dal %1 wall (%2)</translation>
    </message>
</context>
<context>
    <name>oversight::SuggestionsView</name>
    <message>
        <location filename="../ui/annotations/SuggestionsView.cpp" line="+27"/>
        <source>Show d&amp;ismissed</source>
        <translation>Dangos y rhai a wr&amp;thodwyd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>D&amp;angos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accept…</source>
        <translation>&amp;Derbyn…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Gwrthod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>Ad&amp;fer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>Dad&amp;wneud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested evidence for the chosen item</source>
        <translation>Tystiolaeth a awgrymir ar gyfer yr eitem a ddewiswyd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List the passages dismissed for this item too, to restore one</source>
        <translation>Rhestru&apos;r darnau a wrthodwyd ar gyfer yr eitem hon hefyd, er mwyn adfer un</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Annotate this passage as evidence for the item</source>
        <translation>Anodi&apos;r darn hwn fel tystiolaeth ar gyfer yr eitem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This passage does not speak to the item: stop suggesting it</source>
        <translation>Nid yw&apos;r darn hwn yn berthnasol i&apos;r eitem: peidio â&apos;i awgrymu mwyach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggest this dismissed passage again</source>
        <translation>Awgrymu&apos;r darn hwn a wrthodwyd eto</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Suggested evidence for the chosen item:</source>
        <translation>Tystiolaeth a awgrymir ar gyfer yr eitem a ddewiswyd:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Dismissed: %1, page %2
%3</source>
        <translation>Wedi&apos;i wrthod: %1, tudalen %2
%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, page %2 (%3%)
%4</source>
        <translation>%1, tudalen %2 (%3%)
%4</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Suggestions cannot be worked out while the database is read-only.</source>
        <translation>Ni ellir cynnig awgrymiadau tra bo&apos;r gronfa ddata yn ddarllen-yn-unig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No passage of a later document seems to speak to this item.</source>
        <translation>Nid yw&apos;n ymddangos bod unrhyw ddarn mewn dogfen ddiweddarach yn berthnasol i&apos;r eitem hon.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 (Ctrl+Z)</source>
        <translation>%1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to undo</source>
        <translation>Dim i&apos;w ddadwneud</translation>
    </message>
</context>
<context>
    <name>oversight::SummaryDialog</name>
    <message>
        <location filename="../ui/export/SummaryDialog.cpp" line="+24"/>
        <source>&amp;Annotated passages, by checklist item</source>
        <translation>&amp;Darnau wedi&apos;u hanodi, yn ôl eitem ar y rhestr wirio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes on the annotations</source>
        <translation>&amp;Nodiadau ar yr anodiadau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The authority&apos;s &amp;timeline chart</source>
        <translation>Siart &amp;llinell amser yr awdurdod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full text of recommendations</source>
        <translation>&amp;Testun llawn yr argymhellion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export summary</source>
        <translation>Allforio crynodeb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This document</source>
        <translation>Y ddogfen hon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its authority: every document and checklist</source>
        <translation>Ei hawdurdod: pob dogfen a rhestr wirio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>Letter (UDA)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown at the top of every page</source>
        <translation>Dangosir ar frig pob tudalen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include</source>
        <translation>Cynnwys</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Summary of:</source>
        <translation>&amp;Crynodeb o:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page size:</source>
        <translation>&amp;Maint y dudalen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name:</source>
        <translation>Eich &amp;enw:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Sefydliad:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Allforio…</translation>
    </message>
</context>
<context>
    <name>oversight::TeamConnection</name>
    <message>
        <location filename="../ui/database/TeamConnection.cpp" line="+63"/>
        <source>No password is kept in the keychain for %1.</source>
        <translation>Nid oes cyfrinair wedi&apos;i gadw yn y gadwyn allweddi ar gyfer %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain could not be read (%1).</source>
        <translation>Ni ellid darllen y gadwyn allweddi (%1).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connecting to %1…</source>
        <translation>Yn cysylltu â %1…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keeping the password in the keychain…</source>
        <translation>Yn cadw&apos;r cyfrinair yn y gadwyn allweddi…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connected to %1; the password could not be kept in the keychain.</source>
        <translation>Wedi cysylltu â %1; ni ellid cadw&apos;r cyfrinair yn y gadwyn allweddi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connected to %1.</source>
        <translation>Wedi cysylltu â %1.</translation>
    </message>
</context>
</TS>
