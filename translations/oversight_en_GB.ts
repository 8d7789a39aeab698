<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AnnotationCommands</name>
    <message>
        <location filename="../models/annotations/AnnotationCommands.cpp" line="+19"/>
        <source>The change could not be saved: %1</source>
        <translation>The change could not be saved: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no database is open</source>
        <translation>no database is open</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Annotate passage</source>
        <translation>Annotate passage</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit annotation</source>
        <translation>Edit annotation</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Delete annotation</source>
        <translation>Delete annotation</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Create checklist</source>
        <translation>Create checklist</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rename checklist</source>
        <translation>Rename checklist</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete checklist</source>
        <translation>Delete checklist</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit item</source>
        <translation>Edit item</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move item</source>
        <translation>Move item</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete item</source>
        <translation>Delete item</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Dismiss suggestion</source>
        <translation>Dismiss suggestion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore suggestion</source>
        <translation>Restore suggestion</translation>
    </message>
</context>
<context>
    <name>AnnotationStore</name>
    <message>
        <location filename="../models/annotations/AnnotationStore.cpp" line="+83"/>
        <source>it no longer exists in the database</source>
        <translation>it no longer exists in the database</translation>
    </message>
    <message>
        <location line="+403"/>
        <source>%1 changed this annotation at %2, after you opened it; your change was not saved. It now reads: %3, &quot;%4&quot;</source>
        <translation>%1 changed this annotation at %2, after you opened it; your change was not saved. It now reads: %3, &quot;%4&quot;</translation>
    </message>
</context>
<context>
    <name>Area</name>
    <message>
        <location filename="../models/domain/DocumentFacts.cpp" line="+45"/>
        <source>Overall effectiveness</source>
        <translation>Overall effectiveness</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact of leaders</source>
        <translation>Impact of leaders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help and protection</source>
        <translation>Help and protection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children in care</source>
        <translation>Children in care</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care leavers</source>
        <translation>Care leavers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adoption</source>
        <translation>Adoption</translation>
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
        <translation>File as read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign to %1</source>
        <translation>Assign to %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The change could not be saved: %1</source>
        <translation>The change could not be saved: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no database is open</source>
        <translation>no database is open</translation>
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
        <translation>%1: authority summary</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Documents: %1, from %2 to %3.</source>
        <translation>Documents: %1, from %2 to %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+35"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+34"/>
        <source>Progress on checklists</source>
        <translation>Progress on checklists</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No documents of this authority are in the database.</source>
        <translation>No documents of this authority are in the database.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inspection: %1</source>
        <translation>Inspection: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published: %1</source>
        <translation>Published: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead inspector: %1</source>
        <translation>Lead inspector: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recommendations: %1</source>
        <translation>Recommendations: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LSCB recommendations: %1</source>
        <translation>LSCB recommendations: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This authority has no checklists yet.</source>
        <translation>This authority has no checklists yet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing in this authority&apos;s later documents has been annotated against this checklist yet.</source>
        <translation>Nothing in this authority&apos;s later documents has been annotated against this checklist yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Evidence for item %1</source>
        <translation>Evidence for item %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <location filename="../models/annotations/Checklists.cpp" line="+34"/>
        <source>%1: recommendations of the %2</source>
        <translation>%1: recommendations of the %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <comment>month and year, then the kind of document</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Recommendation %1, page %2</source>
        <translation>Recommendation %1, page %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>LSCB recommendation %1, page %2</source>
        <translation>LSCB recommendation %1, page %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>not valid JSON: %1</source>
        <translation>not valid JSON: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a checklist: it needs a &quot;name&quot; and a list of &quot;items&quot;</source>
        <translation>not a checklist: it needs a &quot;name&quot; and a list of &quot;items&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an item has no &quot;title&quot;</source>
        <translation>an item has no &quot;title&quot;</translation>
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
        <translation>Area for priority action %1, page %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; responsible: %1</source>
        <translation>; responsible: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area for improvement %1, page %2</source>
        <translation>Area for improvement %1, page %2</translation>
    </message>
</context>
<context>
    <name>CorrectFactCommand</name>
    <message>
        <location filename="../models/annotations/CorrectFactCommand.cpp" line="+55"/>
        <source>The correction could not be saved: %1</source>
        <translation>The correction could not be saved: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no database is open</source>
        <translation>no database is open</translation>
    </message>
</context>
<context>
    <name>DataExport</name>
    <message>
        <location filename="../models/export/DataExport.cpp" line="+53"/>
        <location line="+56"/>
        <source>Document id</source>
        <translation>Document id</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+56"/>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Authority code</source>
        <translation>Authority code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection start</source>
        <translation>Inspection start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspection end</source>
        <translation>Inspection end</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead inspector</source>
        <translation>Lead inspector</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspectors</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Area SEND outcome</source>
        <translation>Area SEND outcome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous inspection</source>
        <translation>Previous inspection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other judgements</source>
        <translation>Other judgements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LSCB recommendations</source>
        <translation>LSCB recommendations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Annotation id</source>
        <translation>Annotation id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist item</source>
        <translation>Checklist item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/store/Migrations.cpp" line="+54"/>
        <source>cannot read the schema version</source>
        <translation>cannot read the schema version</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the database was made by a newer Oversight (schema %1; this version understands up to %2)</source>
        <translation>the database was made by a newer Oversight (schema %1; this version understands up to %2)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>migration to schema %1 failed: %2</source>
        <translation>migration to schema %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../models/store/AuthorityMerge.cpp" line="+28"/>
        <source>merging authorities failed: %1</source>
        <translation>merging authorities failed: %1</translation>
    </message>
    <message>
        <location filename="../models/store/DatabaseLocation.cpp" line="+83"/>
        <source>no database file was given</source>
        <translation>no database file was given</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a team database is given as postgresql://user@host:port/database</source>
        <translation>a team database is given as postgresql://user@host:port/database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a TLS mode PostgreSQL knows (disable, allow, prefer, require, verify-ca, verify-full)</source>
        <translation>%1 is not a TLS mode PostgreSQL knows (disable, allow, prefer, require, verify-ca, verify-full)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
</context>
<context>
    <name>DocumentDate</name>
    <message>
        <location filename="../models/domain/DocumentDate.cpp" line="+24"/>
        <source>The last day of the inspection or visit; the date it was published where the document gives no inspection dates.</source>
        <translation>The last day of the inspection or visit; the date it was published where the document gives no inspection dates.</translation>
    </message>
</context>
<context>
    <name>DocumentStore</name>
    <message>
        <location filename="../models/store/DocumentCorrections.cpp" line="+156"/>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 corrected %2 to “%3” at %4 while you were changing it; your change was not saved. The facts now show theirs.</source>
        <translation>%1 corrected %2 to “%3” at %4 while you were changing it; your change was not saved. The facts now show theirs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Someone else put %1 back to what the reader read (“%2”) while you were changing it; your change was not saved. The facts now show it.</source>
        <translation>Someone else put %1 back to what the reader read (“%2”) while you were changing it; your change was not saved. The facts now show it.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 is not a DfE LA code in the reference list</source>
        <translation>%1 is not a DfE LA code in the reference list</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+58"/>
        <location line="+52"/>
        <location line="+28"/>
        <location line="+65"/>
        <location filename="../models/store/DocumentStore.cpp" line="+418"/>
        <source>there is no document with id %1</source>
        <translation>there is no document with id %1</translation>
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
        <translation>Unknown authority</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judgements</source>
        <translation>Judgements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline of %1</source>
        <translation>Timeline of %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recommendations and progress</source>
        <translation>Recommendations and progress</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> (DfE code %1)</source>
        <translation> (DfE code %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not found in the report</source>
        <translation>Not found in the report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous inspection</source>
        <translation>Previous inspection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (or not found)</source>
        <translation>None (or not found)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead inspector</source>
        <translation>Lead inspector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspectors</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (pages: %2)</source>
        <translation>%1 (pages: %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This document makes no recommendations.</source>
        <translation>This document makes no recommendations.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No checklist has been made from these recommendations yet, so there is no progress to show.</source>
        <translation>No checklist has been made from these recommendations yet, so there is no progress to show.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommendation and evidence since</source>
        <translation>Recommendation and evidence since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest status</source>
        <translation>Latest status</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>LSCB %1</source>
        <translation>LSCB %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Area for priority action</source>
        <translation>Area for priority action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area for priority action; responsible: %1</source>
        <translation>Area for priority action; responsible: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+46"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Nothing in this document has been annotated.</source>
        <translation>Nothing in this document has been annotated.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not linked to a checklist item</source>
        <translation>Not linked to a checklist item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — item %2: %3</source>
        <translation>%1 — item %2: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passage and note</source>
        <translation>Passage and note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>FactField</name>
    <message>
        <location filename="../models/domain/FactCorrection.cpp" line="+37"/>
        <source>%1 is not a day of the calendar</source>
        <translation>%1 is not a day of the calendar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a date is written as yyyy-mm-dd, for example 2016-02-16</source>
        <translation>a date is written as yyyy-mm-dd, for example 2016-02-16</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>recommendations are a list</source>
        <translation>recommendations are a list</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every recommendation needs a text</source>
        <translation>every recommendation needs a text</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>only an area SEND report has an outcome; this document is a %1 (correct its kind first)</source>
        <translation>only an area SEND report has an outcome; this document is a %1 (correct its kind first)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only an area SEND report has a previous inspection; this document is a %1 (correct its kind first)</source>
        <translation>only an area SEND report has a previous inspection; this document is a %1 (correct its kind first)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a %1 gives no graded judgements (correct its kind first)</source>
        <translation>a %1 gives no graded judgements (correct its kind first)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not a fact that can be corrected</source>
        <translation>%1 is not a fact that can be corrected</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the kind is one of: %1</source>
        <translation>the kind is one of: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the authority is given by its DfE LA code, for example 212</source>
        <translation>the authority is given by its DfE LA code, for example 212</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>an area SEND outcome is one of: %1, or none</source>
        <translation>an area SEND outcome is one of: %1, or none</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the lead inspector is a name</source>
        <translation>the lead inspector is a name</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the inspectors are a list of names</source>
        <translation>the inspectors are a list of names</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a grade is one of: %1, or none</source>
        <translation>a grade is one of: %1, or none</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the inspection would end (%1) before it starts (%2)</source>
        <translation>the inspection would end (%1) before it starts (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n recommendation(s)</source>
        <translation>
            <numerusform>%n recommendation(s)</numerusform>
            <numerusform>%n recommendation(s)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FactLabels</name>
    <message>
        <location filename="../models/itemmodels/FactLabels.cpp" line="+20"/>
        <source>Kind of document</source>
        <translation>Kind of document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority&apos;s DfE code</source>
        <translation>Authority&apos;s DfE code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection start date</source>
        <translation>Inspection start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection end date</source>
        <translation>Inspection end date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publication date</source>
        <translation>Publication date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead inspector</source>
        <translation>Lead inspector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspectors</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judgements</source>
        <translation>Judgements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area SEND outcome</source>
        <translation>Area SEND outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous inspection</source>
        <translation>Previous inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other judgements</source>
        <translation>Other judgements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LSCB recommendations</source>
        <translation>LSCB recommendations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
</context>
<context>
    <name>Grade</name>
    <message>
        <location filename="../models/domain/DocumentFacts.cpp" line="+14"/>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requires improvement</source>
        <translation>Requires improvement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inadequate</source>
        <translation>Inadequate</translation>
    </message>
</context>
<context>
    <name>GradeTimeline</name>
    <message>
        <location filename="../models/analysis/GradeTimeline.cpp" line="+133"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Area SEND outcome</source>
        <translation>Area SEND outcome</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../models/import/ImportJob.cpp" line="+332"/>
        <source>the database cannot be opened: %1</source>
        <translation>the database cannot be opened: %1</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>could not be stored: %1</source>
        <translation>could not be stored: %1</translation>
    </message>
    <message>
        <location filename="../models/import/PdfFileReader.cpp" line="+22"/>
        <source>cannot be opened: %1</source>
        <translation>cannot be opened: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a summary exported by Oversight, not an Ofsted document: import the reports it was made from</source>
        <translation>a summary exported by Oversight, not an Ofsted document: import the reports it was made from</translation>
    </message>
    <message>
        <location filename="../models/import/ImportJob.cpp" line="+224"/>
        <source>the database is read-only: %1</source>
        <translation>the database is read-only: %1</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../models/domain/DocumentFacts.cpp" line="-51"/>
        <source>Inspection (pre-SIF)</source>
        <translation>Inspection (pre-SIF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIF inspection</source>
        <translation>SIF inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIF re-inspection</source>
        <translation>SIF re-inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILACS standard inspection</source>
        <translation>ILACS standard inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ILACS short inspection</source>
        <translation>ILACS short inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LSCB review</source>
        <translation>LSCB review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring visit</source>
        <translation>Monitoring visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Focused visit</source>
        <translation>Focused visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area SEND inspection</source>
        <translation>Area SEND inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other document</source>
        <translation>Other document</translation>
    </message>
</context>
<context>
    <name>LibraryIdentity</name>
    <message>
        <location filename="../ui/database/LibraryIdentity.cpp" line="+25"/>
        <source>%1 as %2</source>
        <translation>%1 as %2</translation>
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
        <translation>Library: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team database: %1 · user %2</source>
        <translation>Team database: %1 · user %2</translation>
    </message>
</context>
<context>
    <name>NationalPicture</name>
    <message>
        <location filename="../models/analysis/NationalPicture.cpp" line="+71"/>
        <location line="+56"/>
        <source>Authorities</source>
        <translation>Authorities</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+13"/>
        <source>Area SEND outcome</source>
        <translation>Area SEND outcome</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>PasswordKeychain</name>
    <message>
        <location filename="../ui/database/PasswordKeychain.cpp" line="+42"/>
        <source>no keychain is available</source>
        <translation>no keychain is available</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the keychain refused access</source>
        <translation>the keychain refused access</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no keychain service answered</source>
        <translation>no keychain service answered</translation>
    </message>
</context>
<context>
    <name>PdfDocument</name>
    <message>
        <location filename="../models/pdf/PdfDocument.cpp" line="+17"/>
        <source>empty file (0 bytes)</source>
        <translation>empty file (0 bytes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an HTML web page saved with a .pdf name, not a PDF</source>
        <translation>an HTML web page saved with a .pdf name, not a PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a PDF file</source>
        <translation>not a PDF file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>truncated PDF: the end of the file is missing</source>
        <translation>truncated PDF: the end of the file is missing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>damaged PDF that cannot be read</source>
        <translation>damaged PDF that cannot be read</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password-protected PDF</source>
        <translation>password-protected PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF without pages</source>
        <translation>PDF without pages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no text layer (a scanned document); run OCR on it first</source>
        <translation>no text layer (a scanned document); run OCR on it first</translation>
    </message>
</context>
<context>
    <name>PostgresStatement</name>
    <message>
        <location filename="../models/store/PostgresStatement.cpp" line="+76"/>
        <source>Not connected to a team database</source>
        <translation>Not connected to a team database</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unable to run the statement</source>
        <translation>Unable to run the statement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Built without libpq</source>
        <translation>Built without libpq</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location filename="../ui/QtStandardTexts.cpp" line="+32"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="+11"/>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-43"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+16"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>SendOutcome</name>
    <message>
        <location filename="../models/domain/DocumentFacts.cpp" line="+69"/>
        <source>Positive experiences and outcomes</source>
        <translation>Positive experiences and outcomes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inconsistent experiences and outcomes</source>
        <translation>Inconsistent experiences and outcomes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Widespread or systemic failings</source>
        <translation>Widespread or systemic failings</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../models/annotations/AnnotationStore.cpp" line="-463"/>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progressing</source>
        <translation>Progressing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
</context>
<context>
    <name>SummaryContent</name>
    <message>
        <location filename="../models/export/DocumentSummaryContent.cpp" line="-162"/>
        <source>a deleted document</source>
        <translation>a deleted document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, page %2</source>
        <translation>%1, page %2</translation>
    </message>
</context>
<context>
    <name>SummaryData</name>
    <message>
        <location filename="../models/export/SummaryData.cpp" line="+42"/>
        <source>There is no document %1 in this database.</source>
        <translation>There is no document %1 in this database.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>There is no authority %1 in this database.</source>
        <translation>There is no authority %1 in this database.</translation>
    </message>
</context>
<context>
    <name>SummaryExport</name>
    <message>
        <location filename="../models/export/SummaryExport.cpp" line="+33"/>
        <location line="+22"/>
        <source>The PDF could not be written.</source>
        <translation>The PDF could not be written.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
</context>
<context>
    <name>SummaryHtml</name>
    <message>
        <location filename="../models/export/SummaryHtml.cpp" line="+111"/>
        <source>This document gives no judgements.</source>
        <translation>This document gives no judgements.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Judgement area</source>
        <translation>Judgement area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
</context>
<context>
    <name>SummaryPdfWriter</name>
    <message>
        <location filename="../models/export/SummaryPdfWriter.cpp" line="+142"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>TimelineChartPainter</name>
    <message>
        <location filename="../models/export/TimelineChartPainter.cpp" line="+57"/>
        <source>Visit without grades (monitoring or focused)</source>
        <translation>Visit without grades (monitoring or focused)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No dated inspections to chart.</source>
        <translation>No dated inspections to chart.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Area SEND inspection (its outcome beside it)</source>
        <translation>Area SEND inspection (its outcome beside it)</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Outcome not read</source>
        <translation>Outcome not read</translation>
    </message>
</context>
<context>
    <name>oversight</name>
    <message>
        <location filename="../models/analysis/ComparisonExport.cpp" line="+32"/>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Match strength</source>
        <translation>Match strength</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page A</source>
        <translation>Page A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Page B</source>
        <translation>Page B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judgement</source>
        <translation>Judgement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../models/analysis/DocumentComparison.cpp" line="+218"/>
        <source>Improved</source>
        <translation>Improved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same</source>
        <translation>Same</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer given</source>
        <translation>No longer given</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Carried forward</source>
        <translation>Carried forward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New in B</source>
        <translation>New in B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not repeated in B</source>
        <translation>Not repeated in B</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Possible match</source>
        <translation>Possible match</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>strong</source>
        <translation>strong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fair</source>
        <translation>fair</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weak</source>
        <translation>weak</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>%1 is an area SEND inspection and %2 is not (%3): the two are made under different frameworks, and an area SEND outcome is not a grade, so their judgements are not compared. Only their recommendations are, side by side.</source>
        <translation>%1 is an area SEND inspection and %2 is not (%3): the two are made under different frameworks, and an area SEND outcome is not a grade, so their judgements are not compared. Only their recommendations are, side by side.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Area SEND outcome</source>
        <translation>Area SEND outcome</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (priority action)</source>
        <translation>%1 (priority action)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (area for improvement)</source>
        <translation>%1 (area for improvement)</translation>
    </message>
</context>
<context>
    <name>oversight::AnnotateDialog</name>
    <message>
        <location filename="../ui/annotations/AnnotateDialog.cpp" line="+30"/>
        <source>Edit annotation</source>
        <translation>Edit annotation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annotate passage</source>
        <translation>Annotate passage</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Checklist items this passage speaks to</source>
        <translation>Checklist items this passage speaks to</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What this passage shows about the item, and why</source>
        <translation>What this passage shows about the item, and why</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no checklist for this authority yet: create one from a document&apos;s recommendations first.</source>
        <translation>There is no checklist for this authority yet: create one from a document&apos;s recommendations first.</translation>
    </message>
</context>
<context>
    <name>oversight::AnnotationController</name>
    <message>
        <location filename="../ui/annotations/AnnotationController.cpp" line="+51"/>
        <source>Select the words to annotate first.</source>
        <translation>Select the words to annotate first.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Annotation deleted (Ctrl+Z brings it back).</source>
        <translation>Annotation deleted (Ctrl+Z brings it back).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit annotation…</source>
        <translation>&amp;Edit annotation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete annotation</source>
        <translation>&amp;Delete annotation</translation>
    </message>
</context>
<context>
    <name>oversight::AnnotationsModel</name>
    <message>
        <location filename="../models/itemmodels/AnnotationsModel.cpp" line="+92"/>
        <source>%1, changed by %2</source>
        <translation>%1, changed by %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Made by %1 on %2</source>
        <translation>Made by %1 on %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by %1 on %2; last changed by %3 on %4</source>
        <translation>Made by %1 on %2; last changed by %3 on %4</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist items</source>
        <translation>Checklist items</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>oversight::AnnotationsPanel</name>
    <message>
        <location filename="../ui/annotations/AnnotationsPanel.cpp" line="+26"/>
        <source>Open document only</source>
        <translation>Open document only</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by checklist</source>
        <translation>Filter by checklist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by person</source>
        <translation>Filter by person</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Show on its page</source>
        <translation>&amp;Show on its page</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete annotation</source>
        <translation>Delete annotation</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Anyone</source>
        <translation>Anyone</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Every checklist</source>
        <translation>Every checklist</translation>
    </message>
</context>
<context>
    <name>oversight::AssignAuthorityDialog</name>
    <message>
        <location filename="../ui/panels/AssignAuthorityDialog.cpp" line="+33"/>
        <source>Assign authority</source>
        <translation>Assign authority</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The document names no authority.</source>
        <translation>The document names no authority.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document names its authority “%1”.</source>
        <translation>The document names its authority “%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Choose the authority in the DfE reference list to file it under; a re-read keeps your choice.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Choose the authority in the DfE reference list to file it under; a re-read keeps your choice.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a name or a DfE code</source>
        <translation>Type a name or a DfE code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search authorities</source>
        <translation>Search authorities</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorities in the DfE reference list</source>
        <translation>Authorities in the DfE reference list</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Assign</source>
        <translation>&amp;Assign</translation>
    </message>
</context>
<context>
    <name>oversight::Backups</name>
    <message>
        <location filename="../models/store/Backups.cpp" line="+82"/>
        <source>no backup of %1 was made: %2</source>
        <translation>no backup of %1 was made: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no backup of %1 was made: cannot write %2</source>
        <translation>no backup of %1 was made: cannot write %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is not a backup of an Oversight database</source>
        <translation>%1 is not a backup of an Oversight database</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot copy %1 next to %2</source>
        <translation>cannot copy %1 next to %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot move %1 aside</source>
        <translation>cannot move %1 aside</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot put the backup in place of %1</source>
        <translation>cannot put the backup in place of %1</translation>
    </message>
</context>
<context>
    <name>oversight::ChartExport</name>
    <message>
        <location filename="../ui/charts/ChartExport.cpp" line="+44"/>
        <source>The chart has no size to draw.</source>
        <translation>The chart has no size to draw.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+26"/>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Choose a file name ending in .png or .svg.</source>
        <translation>Choose a file name ending in .png or .svg.</translation>
    </message>
</context>
<context>
    <name>oversight::ChartPanel</name>
    <message>
        <location filename="../ui/charts/ChartPanel.cpp" line="+33"/>
        <source>Table of the chart&apos;s numbers</source>
        <translation>Table of the chart&apos;s numbers</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+48"/>
        <source>Show as table</source>
        <translation>Show as table</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Show the chart&apos;s numbers as a table</source>
        <translation>Show the chart&apos;s numbers as a table</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export chart…</source>
        <translation>Export chart…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the chart as PNG or SVG</source>
        <translation>Export the chart as PNG or SVG</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export table…</source>
        <translation>Export table…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the chart&apos;s numbers as CSV</source>
        <translation>Export the chart&apos;s numbers as CSV</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Show as chart</source>
        <translation>Show as chart</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+15"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Export table</source>
        <translation>Export table</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
</context>
<context>
    <name>oversight::ChartRendering</name>
    <message>
        <location filename="../ui/charts/ChartRendering.cpp" line="+33"/>
        <source>No authority called %1 in this database.</source>
        <translation>No authority called %1 in this database.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown area %1; one of: %2.</source>
        <translation>Unknown area %1; one of: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2 and its statistical neighbours</source>
        <translation>%1: %2 and its statistical neighbours</translation>
    </message>
</context>
<context>
    <name>oversight::ChartsWindow</name>
    <message>
        <location filename="../ui/charts/ChartsWindow.cpp" line="+30"/>
        <location line="+1"/>
        <location line="+18"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;uthority:</source>
        <translation>A&amp;uthority:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Peers</source>
        <translation>&amp;Peers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;National picture</source>
        <translation>&amp;National picture</translation>
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
        <translation>Check and repair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking every page of %1…</source>
        <translation>Checking every page of %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore a &amp;backup…</source>
        <translation>Restore a &amp;backup…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy what can be read…</source>
        <translation>&amp;Copy what can be read…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open the new database</source>
        <translation>&amp;Open the new database</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No problems: every page of %1 reads correctly.</source>
        <translation>No problems: every page of %1 reads correctly.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1 is damaged.&lt;/b&gt; SQLite&apos;s integrity check found what is listed below. Restore a backup, or copy every document, fact and annotation that can still be read into a new database (the damaged file is left as it is).</source>
        <translation>&lt;b&gt;%1 is damaged.&lt;/b&gt; SQLite&apos;s integrity check found what is listed below. Restore a backup, or copy every document, fact and annotation that can still be read into a new database (the damaged file is left as it is).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>-repaired</source>
        <translation>-repaired</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy into a new database</source>
        <translation>Copy into a new database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversight databases (*.sqlite *.db)</source>
        <translation>Oversight databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copying what can be read into %1…</source>
        <translation>Copying what can be read into %1…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was copied: %1</source>
        <translation>Nothing was copied: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n document(s) copied whole into %1.</source>
        <translation>
            <numerusform>%n document copied whole into %1.</numerusform>
            <numerusform>%n documents copied whole into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n document(s) could not be read and were left out: import them again.</source>
        <translation>
            <numerusform>%n document could not be read and was left out: import it again.</numerusform>
            <numerusform>%n documents could not be read and were left out: import them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n other row(s) (checklists, items) could not be read.</source>
        <translation>
            <numerusform>%n other row (checklists, items) could not be read.</numerusform>
            <numerusform>%n other rows (checklists, items) could not be read.</numerusform>
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
%n item</numerusform>
            <numerusform>%1
%n items</numerusform>
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
        <translation>No evidence yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest evidence: %1</source>
        <translation>Latest evidence: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
</context>
<context>
    <name>oversight::ChecklistsPanel</name>
    <message>
        <location filename="../ui/annotations/ChecklistsPanel.cpp" line="+32"/>
        <source>Checklists and their items</source>
        <translation>Checklists and their items</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From recommendations</source>
        <translation>From recommendations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a checklist of the open document&apos;s recommendations</source>
        <translation>Make a checklist of the open document&apos;s recommendations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty checklist…</source>
        <translation>Empty checklist…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import from JSON…</source>
        <translation>Import from JSON…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+100"/>
        <source>New checklist</source>
        <translation>New checklist</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+127"/>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each item against the authority&apos;s later documents</source>
        <translation>Each item against the authority&apos;s later documents</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rename / edit</source>
        <translation>Rename / edit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export to JSON…</source>
        <translation>Export to JSON…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open a document first.</source>
        <translation>Open a document first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This document has no recommendations to make a checklist of.</source>
        <translation>This document has no recommendations to make a checklist of.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Checklist made of %n recommendation(s).</source>
        <translation>
            <numerusform>Checklist made of %n recommendation.</numerusform>
            <numerusform>Checklist made of %n recommendations.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose a checklist to add the item to.</source>
        <translation>Choose a checklist to add the item to.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item:</source>
        <translation>Item:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checklist deleted (Ctrl+Z brings it back).</source>
        <translation>Checklist deleted (Ctrl+Z brings it back).</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+8"/>
        <location line="+4"/>
        <source>Import checklist</source>
        <translation>Import checklist</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+24"/>
        <source>Checklists (*.json)</source>
        <translation>Checklists (*.json)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>%1 is %2</source>
        <translation>%1 is %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+8"/>
        <source>Export checklist</source>
        <translation>Export checklist</translation>
    </message>
</context>
<context>
    <name>oversight::CompareDialog</name>
    <message>
        <location filename="../ui/compare/CompareDialog.cpp" line="+55"/>
        <location line="+1"/>
        <source>Compare documents</source>
        <translation>Compare documents</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+71"/>
        <source>Earlier document</source>
        <translation>Earlier document</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+72"/>
        <source>Later document</source>
        <translation>Later document</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Type part of a name or title</source>
        <translation>Type part of a name or title</translation>
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
        <translation>Comparison</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+159"/>
        <source>&amp;Judgements</source>
        <translation>&amp;Judgements</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>&amp;Recommendations</source>
        <translation>&amp;Recommendations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Findings</source>
        <translation>&amp;Findings</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the earlier document (A) above to see it here.</source>
        <translation>Choose the earlier document (A) above to see it here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the later document (B) above to compare it with A.</source>
        <translation>Choose the later document (B) above to compare it with A.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the comparison as CSV</source>
        <translation>Export the comparison as CSV</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Choose two documents to compare.</source>
        <translation>Choose two documents to compare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A and B are the same document: choose another for one of them.</source>
        <translation>A and B are the same document: choose another for one of them.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A is of %1 and B of %2: two authorities. Their recommendations are matched by wording only, which says nothing of one authority following up the other&apos;s.</source>
        <translation>A is of %1 and B of %2: two authorities. Their recommendations are matched by wording only, which says nothing of one authority following up the other&apos;s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>no named authority</source>
        <translation>no named authority</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 recommendations in A, %2 in B: %3 carried forward, %4 possible matches to check (similarity under %5). A recommendation B does not repeat is not thereby met.</source>
        <translation>%1 recommendations in A, %2 in B: %3 carried forward, %4 possible matches to check (similarity under %5). A recommendation B does not repeat is not thereby met.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Export comparison</source>
        <translation>Export comparison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
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
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers</source>
        <translation>Numbers</translation>
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
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match strength</source>
        <translation>Match strength</translation>
    </message>
</context>
<context>
    <name>oversight::ConnectDialog</name>
    <message>
        <location filename="../ui/dialogs/ConnectDialog.cpp" line="+23"/>
        <source>Off (disable)</source>
        <translation>Off (disable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if the server insists (allow)</source>
        <translation>Only if the server insists (allow)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the server offers it (prefer)</source>
        <translation>When the server offers it (prefer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always, certificate not checked (require)</source>
        <translation>Always, certificate not checked (require)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always, certificate checked (verify-ca)</source>
        <translation>Always, certificate checked (verify-ca)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always, certificate and host name checked (verify-full)</source>
        <translation>Always, certificate and host name checked (verify-full)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>R&amp;emember in the keychain</source>
        <translation>R&amp;emember in the keychain</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to a team database</source>
        <translation>Connect to a team database</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>server name or address</source>
        <translation>server name or address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encryption (TLS)</source>
        <translation>Encryption (TLS)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty: PGPASSWORD or ~/.pgpass</source>
        <translation>empty: PGPASSWORD or ~/.pgpass</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the password in the system&apos;s keychain, never in Oversight&apos;s settings</source>
        <translation>Keep the password in the system&apos;s keychain, never in Oversight&apos;s settings</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Encryption:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Connected. The password could not be kept in the keychain: %1. Oversight uses it until it closes and asks for it next time.</source>
        <translation>Connected. The password could not be kept in the keychain: %1. Oversight uses it until it closes and asks for it next time.</translation>
    </message>
</context>
<context>
    <name>oversight::Database</name>
    <message>
        <location filename="../models/store/Database.cpp" line="+135"/>
        <location line="+215"/>
        <source>%1 is a database of another program; Oversight has not changed it</source>
        <translation>%1 is a database of another program; Oversight has not changed it</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is an empty file, not an Oversight database</source>
        <translation>%1 is an empty file, not an Oversight database</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 is a folder, not a database file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an Oversight database (nor any SQLite database); Oversight has not changed it</source>
        <translation>%1 is not an Oversight database (nor any SQLite database); Oversight has not changed it</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (the file is shorter than it should be)</source>
        <translation> (the file is shorter than it should be)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is an empty database, not an Oversight database; Oversight has not changed it</source>
        <translation>%1 is an empty database, not an Oversight database; Oversight has not changed it</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the folder %1 does not exist</source>
        <translation>the folder %1 does not exist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+201"/>
        <source>%1 was opened read-only</source>
        <translation>%1 was opened read-only</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>you cannot write to %1</source>
        <translation>you cannot write to %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you cannot write to the folder %1, where the database keeps its journal</source>
        <translation>you cannot write to the folder %1, where the database keeps its journal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot create %1: you cannot write to the folder %2</source>
        <translation>cannot create %1: you cannot write to the folder %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+194"/>
        <source>%1 is empty, and read-only: there is nothing to show</source>
        <translation>%1 is empty, and read-only: there is nothing to show</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>cannot read %1 (%2)</source>
        <translation>cannot read %1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was made by an older Oversight and must be brought up to date before it can be opened, but it is read-only (%2)</source>
        <translation>%1 was made by an older Oversight and must be brought up to date before it can be opened, but it is read-only (%2)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot open %1 (%2)</source>
        <translation>cannot open %1 (%2)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL, Debian&apos;s package libqt6sql6-psql) is not installed</source>
        <translation>cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL, Debian&apos;s package libqt6sql6-psql) is not installed</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot connect to the team database %1 (%2)</source>
        <translation>cannot connect to the team database %1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read the team database %1 (%2)</source>
        <translation>cannot read the team database %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is an empty database, not an Oversight library; Oversight has not changed it</source>
        <translation>%1 is an empty database, not an Oversight library; Oversight has not changed it</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 holds another program&apos;s tables; Oversight has not changed it</source>
        <translation>%1 holds another program&apos;s tables; Oversight has not changed it</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>your role %1 may read the team database %2 but not change it</source>
        <translation>your role %1 may read the team database %2 but not change it</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 was made by an older Oversight and must be brought up to date by a team member who may change it (%2)</source>
        <translation>%1 was made by an older Oversight and must be brought up to date by a team member who may change it (%2)</translation>
    </message>
</context>
<context>
    <name>oversight::DatabaseActions</name>
    <message>
        <location filename="../ui/database/DatabaseActions.cpp" line="+21"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show what other programs have changed in the database</source>
        <translation>Show what other programs have changed in the database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not saved: the database is read-only</source>
        <translation>Not saved: the database is read-only</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Check and repair…</source>
        <translation>&amp;Check and repair…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore a &amp;backup…</source>
        <translation>Restore a &amp;backup…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Check and repair</source>
        <translation>Check and repair</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Wait for the import or re-read to finish first.</source>
        <translation>Wait for the import or re-read to finish first.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; %1. Importing, re-reading, annotating, checklists, suggestions and filing are turned off; browsing, search, charts, compare and export work.</source>
        <translation>&lt;b&gt;Read-only:&lt;/b&gt; %1. Importing, re-reading, annotating, checklists, suggestions and filing are turned off; browsing, search, charts, compare and export work.</translation>
    </message>
</context>
<context>
    <name>oversight::DocumentPane</name>
    <message>
        <location filename="../ui/panels/DocumentPane.cpp" line="+21"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page number</source>
        <translation>Page number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Go to page…</source>
        <translation>&amp;Go to page…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location line="+49"/>
        <source> of %1 </source>
        <translation> of %1 </translation>
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
        <translation>Map of England&apos;s authorities by grade</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Requires improvement</source>
        <translation>Requires improvement</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>The map&apos;s boundaries are missing.</source>
        <translation>The map&apos;s boundaries are missing.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>London</source>
        <translation>London</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No grade yet (%1)</source>
        <translation>No grade yet (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not matched to an authority</source>
        <translation>Not matched to an authority</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1
No grade yet</source>
        <translation>%1
No grade yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1
%2, report dated %3</source>
        <translation>%1
%2, report dated %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(graded as %1)</source>
        <translation>(graded as %1)</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>No area SEND inspection yet (%1)</source>
        <translation>No area SEND inspection yet (%1)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1
No area SEND inspection yet</source>
        <translation>%1
No area SEND inspection yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
Area SEND inspection: %2, ended %3</source>
        <translation>%1
Area SEND inspection: %2, ended %3</translation>
    </message>
</context>
<context>
    <name>oversight::ExportController</name>
    <message>
        <location filename="../ui/export/ExportController.cpp" line="+44"/>
        <location line="+43"/>
        <source>Export summary</source>
        <translation>Export summary</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Open a document first: the summary is of that document or of its authority.</source>
        <translation>Open a document first: the summary is of that document or of its authority.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 summary</source>
        <translation>%1 summary</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Summary not exported</source>
        <translation>Summary not exported</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary exported to %1 (%2 pages).</source>
        <translation>Summary exported to %1 (%2 pages).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Documents, one row each (*.csv)</source>
        <translation>Documents, one row each (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations, one row each (*.csv)</source>
        <translation>Annotations, one row each (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything, for other programs (*.json)</source>
        <translation>Everything, for other programs (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export data</source>
        <translation>Export data</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Data exported to %1.</source>
        <translation>Data exported to %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not exported</source>
        <translation>Not exported</translation>
    </message>
</context>
<context>
    <name>oversight::FactEditDelegate</name>
    <message>
        <location filename="../ui/panels/FactEditDelegate.cpp" line="+40"/>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+7"/>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recommendation text</source>
        <translation>Recommendation text</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (DfE code %2)</source>
        <translation>%1 (DfE code %2)</translation>
    </message>
</context>
<context>
    <name>oversight::FactLabels</name>
    <message>
        <location filename="../models/itemmodels/FactLabels.cpp" line="-21"/>
        <source>Judgement: %1</source>
        <translation>Judgement: %1</translation>
    </message>
</context>
<context>
    <name>oversight::FactsModel</name>
    <message>
        <location filename="../models/itemmodels/FactsModel.cpp" line="+64"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 (DfE code %2)</source>
        <translation>%1 (DfE code %2)</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Needs review (%1)</source>
        <translation>Needs review (%1)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>assigned by hand</source>
        <translation>assigned by hand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Named as</source>
        <translation>Named as</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not recognised (the document names none)</source>
        <translation>Not recognised (the document names none)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recognised: “%1”</source>
        <translation>Not recognised: “%1”</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Not found by the reader (reviewed)</source>
        <translation>Not found by the reader (reviewed)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marked by you</source>
        <translation>Marked by you</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You marked this document as needing review</source>
        <translation>You marked this document as needing review</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not found in the document; check the PDF, then correct it (F2) or confirm it</source>
        <translation>Not found in the document; check the PDF, then correct it (F2) or confirm it</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+44"/>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Inspection start</source>
        <translation>Inspection start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection end</source>
        <translation>Inspection end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous inspection</source>
        <translation>Previous inspection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (or not found)</source>
        <translation>None (or not found)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lead inspector</source>
        <translation>Lead inspector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspectors</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Judgements</source>
        <translation>Judgements</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1
(Priority action for %2)</source>
        <translation>%1
(Priority action for %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recommendations (%1)</source>
        <translation>Recommendations (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LSCB recommendations (%1)</source>
        <translation>LSCB recommendations (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Findings (%1)</source>
        <translation>Findings (%1)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1
(page %2; double-click to show it)</source>
        <translation>%1
(page %2; double-click to show it)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(F2 to correct it)</source>
        <translation>(F2 to correct it)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>nothing: the recommendation was added</source>
        <translation>nothing: the recommendation was added</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Corrected on %1.</source>
        <translation>Corrected on %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrected by %1 on %2.</source>
        <translation>Corrected by %1 on %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reader read: %1</source>
        <translation>The reader read: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reader now reads the same: the correction can be reverted.</source>
        <translation>The reader now reads the same: the correction can be reverted.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Correct %1</source>
        <translation>Correct %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Correct recommendation %1</source>
        <translation>Correct recommendation %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fact</source>
        <translation>Fact</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>oversight::FactsPanel</name>
    <message>
        <location filename="../ui/panels/FactsPanel.cpp" line="+30"/>
        <source>Facts understood from the document</source>
        <translation>Facts understood from the document</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Correct…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Revert to what was read</source>
        <translation>&amp;Revert to what was read</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revert the &amp;whole list to what was read</source>
        <translation>Revert the &amp;whole list to what was read</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+100"/>
        <source>Revert %1</source>
        <translation>Revert %1</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Con&amp;firm as read</source>
        <translation>Con&amp;firm as read</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm %1</source>
        <translation>Confirm %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add a recommendation…</source>
        <translation>&amp;Add a recommendation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Split in two…</source>
        <translation>&amp;Split in two…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge with the next</source>
        <translation>&amp;Merge with the next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete the recommendation</source>
        <translation>&amp;Delete the recommendation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the document re&amp;viewed</source>
        <translation>Mark the document re&amp;viewed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the document as &amp;needing review</source>
        <translation>Mark the document as &amp;needing review</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>S&amp;how on its page</source>
        <translation>S&amp;how on its page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;nnotate…</source>
        <translation>A&amp;nnotate…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Revert recommendation %1</source>
        <translation>Revert recommendation %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+7"/>
        <source>Add a recommendation</source>
        <translation>Add a recommendation</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The recommendation&apos;s text:</source>
        <translation>The recommendation&apos;s text:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <source>Split recommendation %1</source>
        <translation>Split recommendation %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Put an empty line where the second recommendation starts:</source>
        <translation>Put an empty line where the second recommendation starts:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merge recommendations %1 and %2</source>
        <translation>Merge recommendations %1 and %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move recommendation %1 up</source>
        <translation>Move recommendation %1 up</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move recommendation %1 down</source>
        <translation>Move recommendation %1 down</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete recommendation %1</source>
        <translation>Delete recommendation %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The review mark could not be saved: %1</source>
        <translation>The review mark could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>oversight::GettingStartedView</name>
    <message>
        <location filename="../ui/panels/GettingStartedView.cpp" line="+25"/>
        <source>Import a &amp;folder of reports…</source>
        <translation>Import a &amp;folder of reports…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import PDF &amp;files…</source>
        <translation>Import PDF &amp;files…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database has no documents yet. Import the Ofsted letters and reports you work with: a whole folder at once, or single PDF files. You can also drop them on this window.</source>
        <translation>This database has no documents yet. Import the Ofsted letters and reports you work with: a whole folder at once, or single PDF files. You can also drop them on this window.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n document(s) in this database</source>
        <translation>
            <numerusform>%n document in this database</numerusform>
            <numerusform>%n documents in this database</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a document in the library on the left, or search the text of every document with Ctrl+F.</source>
        <translation>Choose a document in the library on the left, or search the text of every document with Ctrl+F.</translation>
    </message>
</context>
<context>
    <name>oversight::GradeDistributionChart</name>
    <message>
        <location filename="../ui/charts/GradeDistributionChart.cpp" line="+46"/>
        <source>Authorities by grade</source>
        <translation>Authorities by grade</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%1, %2: %n authorities</source>
        <translation>
            <numerusform>%1, %2: %n authority</numerusform>
            <numerusform>%1, %2: %n authorities</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Authorities</source>
        <translation>Authorities</translation>
    </message>
</context>
<context>
    <name>oversight::GradeTimelineChart</name>
    <message>
        <location filename="../ui/charts/GradeTimelineChart.cpp" line="+59"/>
        <source>Grades over time</source>
        <translation>Grades over time</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Date published, or the inspection&apos;s last day where none is printed</source>
        <translation>Date published, or the inspection&apos;s last day where none is printed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Visit (no grade)</source>
        <translation>Visit (no grade)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Visits without grades</source>
        <translation>Visits without grades</translation>
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
No grades (click to open)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1
%2: %3
(click to open)</source>
        <translation>%1
%2: %3
(click to open)</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>Area SEND outcome</source>
        <translation>Area SEND outcome</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Outcome not read</source>
        <translation>Outcome not read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area SEND: %1</source>
        <translation>Area SEND: %1</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Placed at its publication, %1</source>
        <translation>Placed at its publication, %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1
Outcome: %2
(click to open)</source>
        <translation>%1
Outcome: %2
(click to open)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not read</source>
        <translation>not read</translation>
    </message>
</context>
<context>
    <name>oversight::ImportController</name>
    <message>
        <location filename="../ui/import/ImportController.cpp" line="+26"/>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>An import is already running; wait for it or cancel it.</source>
        <translation>An import is already running; wait for it or cancel it.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Looking for PDF files…</source>
        <translation>Looking for PDF files…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling: finishing the file being stored…</source>
        <translation>Cancelling: finishing the file being stored…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 files</source>
        <translation>%1 of %2 files</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n page(s) read</source>
        <translation>
            <numerusform>%n page read</numerusform>
            <numerusform>%n pages read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n page(s) read · %1</source>
        <translation>
            <numerusform>%n page read · %1</numerusform>
            <numerusform>%n pages read · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Import finished: %n imported</source>
        <translation>
            <numerusform>Import finished: %n imported</numerusform>
            <numerusform>Import finished: %n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n rejected</source>
        <translation>
            <numerusform>, %n rejected</numerusform>
            <numerusform>, %n rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n cancelled</source>
        <translation>
            <numerusform>, %n cancelled</numerusform>
            <numerusform>, %n cancelled</numerusform>
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
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already present</source>
        <translation>Already present</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1, %n page(s); no authority named</source>
        <translation>
            <numerusform>%1, %n page; no authority named</numerusform>
            <numerusform>%1, %n pages; no authority named</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, %2, %n page(s)</source>
        <translation>
            <numerusform>%1, %2, %n page</numerusform>
            <numerusform>%1, %2, %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same content is already in the database: %1</source>
        <translation>The same content is already in the database: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same content is already in the database</source>
        <translation>The same content is already in the database</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not imported: the import was cancelled</source>
        <translation>Not imported: the import was cancelled</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Files and what happened to them</source>
        <translation>Files and what happened to them</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 files: %2 imported, %3 already present, %4 rejected, %5 cancelled.</source>
        <translation>%1 files: %2 imported, %3 already present, %4 rejected, %5 cancelled.</translation>
    </message>
</context>
<context>
    <name>oversight::LibraryCopy::Copier</name>
    <message>
        <location filename="../models/store/LibraryCopy.cpp" line="+253"/>
        <source>%1 is the library being copied: choose another file or team database.</source>
        <translation>%1 is the library being copied: choose another file or team database.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot copy into %1: %2.</source>
        <translation>Cannot copy into %1: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is at schema version %2 and %3 at version %4: a library is copied only between libraries of the same version (open both with this Oversight first).</source>
        <translation>%1 is at schema version %2 and %3 at version %4: a library is copied only between libraries of the same version (open both with this Oversight first).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read the tables of %1: %2</source>
        <translation>Cannot read the tables of %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds a table, %2, that this version of Oversight does not know how to copy: nothing was copied. Copy it with the Oversight that made it.</source>
        <translation>%1 holds a table, %2, that this version of Oversight does not know how to copy: nothing was copied. Copy it with the Oversight that made it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the columns of %1: %2</source>
        <translation>Cannot read the columns of %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has no table %2: it is not a whole library.</source>
        <translation>%1 has no table %2: it is not a whole library.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot copy %1: its primary key is not a column of both libraries.</source>
        <translation>Cannot copy %1: its primary key is not a column of both libraries.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+48"/>
        <location line="+120"/>
        <source>Cannot count the rows of %1: %2</source>
        <translation>Cannot count the rows of %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-117"/>
        <source>%1 is not empty (%2 holds %n row(s)): a library is copied only into an empty one, so that nothing in it is overwritten. Choose a new file or an empty team database.</source>
        <translation>
            <numerusform>%1 is not empty (%2 holds %n row(s)): a library is copied only into an empty one, so that nothing in it is overwritten. Choose a new file or an empty team database.</numerusform>
            <numerusform>%1 is not empty (%2 holds %n row(s)): a library is copied only into an empty one, so that nothing in it is overwritten. Choose a new file or an empty team database.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The copy was cancelled: nothing was copied.</source>
        <translation>The copy was cancelled: nothing was copied.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1 from %2: %3</source>
        <translation>Cannot read %1 from %2: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write row %1 of %2 into %3: %4</source>
        <translation>Cannot write row %1 of %2 into %3: %4</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot set the next id of %1: %2</source>
        <translation>Cannot set the next id of %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot build the full-text index: %1</source>
        <translation>Cannot build the full-text index: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The copy was undone: %1 has %2 rows in %3 but %4 in the copy.</source>
        <translation>The copy was undone: %1 has %2 rows in %3 but %4 in the copy.</translation>
    </message>
</context>
<context>
    <name>oversight::LibraryCopyController</name>
    <message>
        <location filename="../ui/database/LibraryCopyController.cpp" line="+26"/>
        <source>Authorities</source>
        <translation>Authorities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files</source>
        <translation>PDF files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judgements</source>
        <translation>Judgements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist items</source>
        <translation>Checklist items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annotations&apos; links to items</source>
        <translation>Annotations&apos; links to items</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismissed suggestions</source>
        <translation>Dismissed suggestions</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The copy ended without a result.</source>
        <translation>The copy ended without a result.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cop&amp;y library to team database…</source>
        <translation>Cop&amp;y library to team database…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy every document, fact, correction, checklist and annotation into an empty team database on a PostgreSQL server</source>
        <translation>Copy every document, fact, correction, checklist and annotation into an empty team database on a PostgreSQL server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy library to a fi&amp;le…</source>
        <translation>Copy library to a fi&amp;le…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the whole library into a new database file, to work offline</source>
        <translation>Copy the whole library into a new database file, to work offline</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wait for the import or re-read to finish first.</source>
        <translation>Wait for the import or re-read to finish first.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy library to team database</source>
        <translation>Copy library to team database</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database must be empty. Everything is copied in one transaction: if anything fails, nothing is left there.</source>
        <translation>The database must be empty. Everything is copied in one transaction: if anything fails, nothing is left there.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copy library to a file</source>
        <translation>Copy library to a file</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>-copy</source>
        <translation>-copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversight databases (*.sqlite *.db)</source>
        <translation>Oversight databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copying the library to %1…</source>
        <translation>Copying the library to %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+54"/>
        <source>Copy library</source>
        <translation>Copy library</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Copying %1…</source>
        <translation>Copying %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying %1: %2 of %3…</source>
        <translation>Copying %1: %2 of %3…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cancelling: undoing what was copied…</source>
        <translation>Cancelling: undoing what was copied…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;p&gt;The library was copied to &lt;b&gt;%1&lt;/b&gt;. Every table holds as many rows in the copy as in this library:&lt;/p&gt;&lt;table&gt;%2&lt;/table&gt;</source>
        <translation>&lt;p&gt;The library was copied to &lt;b&gt;%1&lt;/b&gt;. Every table holds as many rows in the copy as in this library:&lt;/p&gt;&lt;table&gt;%2&lt;/table&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open the copy</source>
        <translation>&amp;Open the copy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The copy was cancelled: nothing was copied to %1.</source>
        <translation>The copy was cancelled: nothing was copied to %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was copied to %1.</source>
        <translation>Nothing was copied to %1.</translation>
    </message>
</context>
<context>
    <name>oversight::LibraryPanel</name>
    <message>
        <location filename="../ui/panels/LibraryPanel.cpp" line="+41"/>
        <source>Filter authorities</source>
        <translation>Filter authorities</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter authorities by name</source>
        <translation>Filter authorities by name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by kind of document</source>
        <translation>Filter by kind of document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by year</source>
        <translation>Filter by year</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show only documents in which some facts were not found</source>
        <translation>Show only documents in which some facts were not found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only documents that need review</source>
        <translation>Show only documents that need review</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Authorities and documents</source>
        <translation>Authorities and documents</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&amp;Compare these two documents</source>
        <translation>&amp;Compare these two documents</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export &amp;summary…</source>
        <translation>Export &amp;summary…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;authority summary…</source>
        <translation>Export &amp;authority summary…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;harts for this authority</source>
        <translation>C&amp;harts for this authority</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assign au&amp;thority…</source>
        <translation>Assign au&amp;thority…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File as the document &amp;names it</source>
        <translation>File as the document &amp;names it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete document…</source>
        <translation>&amp;Delete document…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Needs review (%1)</source>
        <translation>Needs review (%1)</translation>
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
        <translation>Authority not recognised</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documents whose authority is not in the DfE reference list. Right-click one to assign its authority.</source>
        <translation>Documents whose authority is not in the DfE reference list. Right-click one to assign its authority.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (DfE code %2)</source>
        <translation>%1 (DfE code %2)</translation>
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
File: %3, %n page</numerusform>
            <numerusform>%1
%2
File: %3, %n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The document names no authority. Right-click to assign one.</source>
        <translation>The document names no authority. Right-click to assign one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named in the document as “%1”, which is not in the reference list. Right-click to assign its authority.</source>
        <translation>Named in the document as “%1”, which is not in the reference list. Right-click to assign its authority.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authority assigned by hand.</source>
        <translation>Authority assigned by hand.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Marked as needing review.</source>
        <translation>Marked as needing review.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs review: not found: %1.</source>
        <translation>Needs review: not found: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Corrected: %1.</source>
        <translation>Corrected: %1.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Authority / kind</source>
        <translation>Authority / kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Outcome: %1</source>
        <translation>Outcome: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not read</source>
        <translation>not read</translation>
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
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to a &amp;team database…</source>
        <translation>Connect to a &amp;team database…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import PDF files…</source>
        <translation>&amp;Import PDF files…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import a &amp;folder…</source>
        <translation>Import a &amp;folder…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export &amp;summary…</source>
        <translation>Export &amp;summary…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;data…</source>
        <translation>Export &amp;data…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Annotate selection…</source>
        <translation>&amp;Annotate selection…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search the text…</source>
        <translation>&amp;Search the text…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Charts…</source>
        <translation>&amp;Charts…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;mpare documents…</source>
        <translation>Co&amp;mpare documents…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Go to the p&amp;age view</source>
        <translation>Go to the p&amp;age view</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the &amp;library</source>
        <translation>Go to the &amp;library</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to the &amp;facts</source>
        <translation>Go to the &amp;facts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the c&amp;hecklists</source>
        <translation>Go to the c&amp;hecklists</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the search &amp;results</source>
        <translation>Go to the search &amp;results</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the a&amp;nnotations</source>
        <translation>Go to the a&amp;nnotations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the re&amp;view list</source>
        <translation>Go to the re&amp;view list</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Re-read all documents</source>
        <translation>&amp;Re-read all documents</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Understand every stored document again with this version of Oversight, without importing it again; annotations are kept.</source>
        <translation>Understand every stored document again with this version of Oversight, without importing it again; annotations are kept.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a &amp;checklist of this document&apos;s recommendations</source>
        <translation>Make a &amp;checklist of this document&apos;s recommendations</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Oversight</source>
        <translation>&amp;About Oversight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (Ctrl+F)</source>
        <translation>%1 (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the text of every document</source>
        <translation>Search the text of every document</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Clear the list</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+232"/>
        <source>Import running</source>
        <translation>Import running</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>Wait for the import to finish, or cancel it, before opening another database.</source>
        <translation>Wait for the import to finish, or cancel it, before opening another database.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be opened:
%2</source>
        <translation>%1 could not be opened:
%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading documents again with this version&apos;s reader…</source>
        <translation>Reading documents again with this version&apos;s reader…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversight databases (*.sqlite *.db)</source>
        <translation>Oversight databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversight databases (*.sqlite *.db);;All files (*)</source>
        <translation>Oversight databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import PDF files</source>
        <translation>Import PDF files</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf *.PDF)</source>
        <translation>PDF files (*.pdf *.PDF)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import every PDF in a folder</source>
        <translation>Import every PDF in a folder</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>That document is no longer in the database.</source>
        <translation>That document is no longer in the database.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>Delete “%1” (%2) and its %n annotation(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete “%1” (%2) and its %n annotation? This cannot be undone.</numerusform>
            <numerusform>Delete “%1” (%2) and its %n annotations? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete “%1” (%2)? This cannot be undone.</source>
        <translation>Delete “%1” (%2)? This cannot be undone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Delete document</source>
        <translation>Delete document</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;Keep my corrections, for when this file is imported again</source>
        <translation>&amp;Keep my corrections, for when this file is imported again</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The document could not be deleted: %1</source>
        <translation>The document could not be deleted: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Document deleted.</source>
        <translation>Document deleted.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>About Oversight</source>
        <translation>About Oversight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Oversight %1&lt;/h3&gt;&lt;p&gt;Reads Ofsted inspections of children&apos;s services, tracks their recommendations and compares them over time.&lt;/p&gt;&lt;p&gt;Oversight is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;It uses Qt %2, under the GNU Lesser General Public License version 3, and Poppler %3, under the GNU General Public License version 2 or later, with SQLite, which is in the public domain.&lt;/p&gt;&lt;p&gt;Ofsted reports are Crown copyright, published under the Open Government Licence v3.0.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Oversight %1&lt;/h3&gt;&lt;p&gt;Reads Ofsted inspections of children&apos;s services, tracks their recommendations and compares them over time.&lt;/p&gt;&lt;p&gt;Oversight is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;It uses Qt %2, under the GNU Lesser General Public License version 3, and Poppler %3, under the GNU General Public License version 2 or later, with SQLite, which is in the public domain.&lt;/p&gt;&lt;p&gt;Ofsted reports are Crown copyright, published under the Open Government Licence v3.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>An import is running. Stop it and quit? Documents already imported are kept.</source>
        <translation>An import is running. Stop it and quit? Documents already imported are kept.</translation>
    </message>
</context>
<context>
    <name>oversight::MapData</name>
    <message>
        <location filename="../models/analysis/MapData.cpp" line="+81"/>
        <source>The map&apos;s boundaries cannot be read: %1.</source>
        <translation>The map&apos;s boundaries cannot be read: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map&apos;s boundaries hold no districts.</source>
        <translation>The map&apos;s boundaries hold no districts.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection date</source>
        <translation>Inspection date</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No grade yet</source>
        <translation>No grade yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (as %2)</source>
        <translation>%1 (as %2)</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Area SEND outcome</source>
        <translation>Area SEND outcome</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No area SEND inspection yet</source>
        <translation>No area SEND inspection yet</translation>
    </message>
</context>
<context>
    <name>oversight::MapPanel</name>
    <message>
        <location filename="../ui/charts/MapPanel.cpp" line="+46"/>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+92"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Replay the history on the map</source>
        <translation>Replay the history on the map</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date shown on the map</source>
        <translation>Date shown on the map</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: each authority&apos;s latest grade on %2</source>
        <translation>%1: each authority&apos;s latest grade on %2</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Judgement area or outcome shown on the map</source>
        <translation>Judgement area or outcome shown on the map</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Area SEND outcome</source>
        <translation>Area SEND outcome</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Area SEND outcome: each authority&apos;s latest area SEND inspection on %1</source>
        <translation>Area SEND outcome: each authority&apos;s latest area SEND inspection on %1</translation>
    </message>
</context>
<context>
    <name>oversight::NationalPanel</name>
    <message>
        <location filename="../ui/charts/NationalPanel.cpp" line="+38"/>
        <source>First year</source>
        <translation>First year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Judgement area followed year by year</source>
        <translation>Judgement area followed year by year</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;to:</source>
        <translation>&amp;to:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Year by year:</source>
        <translation>&amp;Year by year:</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Latest grade of each authority inspected %1–%2</source>
        <translation>Latest grade of each authority inspected %1–%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: grade each authority stood at, year by year</source>
        <translation>%1: grade each authority stood at, year by year</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest area SEND outcome, %1–%2</source>
        <translation>Latest area SEND outcome, %1–%2</translation>
    </message>
</context>
<context>
    <name>oversight::OpenProblemDialog</name>
    <message>
        <location filename="../ui/database/OpenProblemDialog.cpp" line="+31"/>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be opened.</source>
        <translation>%1 could not be opened.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check and &amp;repair…</source>
        <translation>Check and &amp;repair…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore a &amp;backup…</source>
        <translation>Restore a &amp;backup…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open another database…</source>
        <translation>&amp;Open another database…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the &amp;default database</source>
        <translation>Use the &amp;default database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oversight databases (*.sqlite *.db);;All files (*)</source>
        <translation>Oversight databases (*.sqlite *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>oversight::OutcomeCountChart</name>
    <message>
        <location filename="../ui/charts/OutcomeCountChart.cpp" line="+24"/>
        <source>Positive (%1)</source>
        <translation>Positive (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inconsistent (%1)</source>
        <translation>Inconsistent (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Systemic failings (%1)</source>
        <translation>Systemic failings (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Authorities by area SEND outcome</source>
        <translation>Authorities by area SEND outcome</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%1: %n authorities</source>
        <translation>
            <numerusform>%1: %n authority</numerusform>
            <numerusform>%1: %n authorities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oversight::PdfView</name>
    <message>
        <location filename="../ui/views/PdfView.cpp" line="+25"/>
        <source>No document open</source>
        <translation>No document open</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pages of the PDF document</source>
        <translation>Pages of the PDF document</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This PDF cannot be shown: %1.</source>
        <translation>This PDF cannot be shown: %1.</translation>
    </message>
    <message>
        <location filename="../ui/views/PdfViewSelection.cpp" line="+295"/>
        <source>&amp;Annotate selection…</source>
        <translation>&amp;Annotate selection…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;all on page</source>
        <translation>Select &amp;all on page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit width</source>
        <translation>&amp;Fit width</translation>
    </message>
</context>
<context>
    <name>oversight::PeersPanel</name>
    <message>
        <location filename="../ui/charts/PeersPanel.cpp" line="+30"/>
        <source>Judgement area</source>
        <translation>Judgement area</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statistical neighbours</source>
        <translation>Statistical neighbours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with statistical neighbours</source>
        <translation>Compare with statistical neighbours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare with the authorities of the region</source>
        <translation>Compare with the authorities of the region</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1: %2 and its region</source>
        <translation>%1: %2 and its region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 and its statistical neighbours</source>
        <translation>%1: %2 and its statistical neighbours</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source> (%n without inspections in the library)</source>
        <translation>
            <numerusform> (%n without inspections in the library)</numerusform>
            <numerusform> (%n without inspections in the library)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not in the library yet: %1.</source>
        <translation>Not in the library yet: %1.</translation>
    </message>
</context>
<context>
    <name>oversight::PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/PreferencesDialog.cpp" line="+35"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Default database folder</source>
        <translation>Default database folder</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the default database folder</source>
        <translation>Choose the default database folder</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Page size for exported summaries</source>
        <translation>Page size for exported summaries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default &amp;database folder:</source>
        <translation>Default &amp;database folder:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies when Oversight next starts.</source>
        <translation>A new language applies when Oversight next starts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;page size:</source>
        <translation>Export &amp;page size:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
</context>
<context>
    <name>oversight::ProgressDialog</name>
    <message>
        <location filename="../ui/annotations/ProgressDialog.cpp" line="+29"/>
        <source>Progress: %1</source>
        <translation>Progress: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checklist items against later documents</source>
        <translation>Checklist items against later documents</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No later documents of this authority yet.</source>
        <translation>No later documents of this authority yet.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %2 items met by the latest evidence, over %n later document(s).</source>
        <translation>
            <numerusform>%1 of %2 items met by the latest evidence, over %n later document.</numerusform>
            <numerusform>%1 of %2 items met by the latest evidence, over %n later documents.</numerusform>
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
        <translation>Nothing annotated for this item in this document yet.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1
Date: %2</source>
        <comment>a document&apos;s title, then how its date is chosen</comment>
        <translation>%1
Date: %2</translation>
    </message>
</context>
<context>
    <name>oversight::Repair</name>
    <message>
        <location filename="../models/store/Repair.cpp" line="+64"/>
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>%1 exists already: choose a new file</source>
        <translation>%1 exists already: choose a new file</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot read %1</source>
        <translation>cannot read %1</translation>
    </message>
</context>
<context>
    <name>oversight::RereadController</name>
    <message>
        <location filename="../ui/import/RereadController.cpp" line="+22"/>
        <source>Re-read</source>
        <translation>Re-read</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n document(s) could not be re-read: %1</source>
        <translation>
            <numerusform>%n document could not be re-read: %1</numerusform>
            <numerusform>%n documents could not be re-read: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading the documents again…</source>
        <translation>Reading the documents again…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>oversight::RestoreBackupDialog</name>
    <message>
        <location filename="../ui/database/RestoreBackupDialog.cpp" line="+20"/>
        <location line="+42"/>
        <location line="+23"/>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>There is no backup of %1 yet. Oversight makes one before each upgrade of the database and once a day when it is changed.</source>
        <translation>There is no backup of %1 yet. Oversight makes one before each upgrade of the database and once a day when it is changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups of %1, newest first. The one you restore takes the database&apos;s place; the current file is kept beside it.</source>
        <translation>Backups of %1, newest first. The one you restore takes the database&apos;s place; the current file is kept beside it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Put the backup of %1 in place of %2? Changes made since then are not in it; the current file is kept beside it.</source>
        <translation>Put the backup of %1 in place of %2? Changes made since then are not in it; the current file is kept beside it.</translation>
    </message>
</context>
<context>
    <name>oversight::ReviewModel</name>
    <message>
        <location filename="../models/itemmodels/ReviewModel.cpp" line="+49"/>
        <source>Not recognised</source>
        <translation>Not recognised</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>marked by you</source>
        <translation>marked by you</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not found: %1</source>
        <translation>not found: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In question</source>
        <translation>In question</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
</context>
<context>
    <name>oversight::ReviewPanel</name>
    <message>
        <location filename="../ui/panels/ReviewPanel.cpp" line="+25"/>
        <source>&amp;Mark reviewed</source>
        <translation>&amp;Mark reviewed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documents that need review</source>
        <translation>Documents that need review</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Take the document off this list: its facts are checked (Ctrl+Return)</source>
        <translation>Take the document off this list: its facts are checked (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The review mark could not be saved: %1</source>
        <translation>The review mark could not be saved: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing needs review.</source>
        <translation>Nothing needs review.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n document(s) need review.</source>
        <translation>
            <numerusform>%n document(s) need review.</numerusform>
            <numerusform>%n document(s) need review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oversight::SearchPanel</name>
    <message>
        <location filename="../ui/panels/SearchPanel.cpp" line="+24"/>
        <source>Show &amp;more</source>
        <translation>Show &amp;more</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search in</source>
        <translation>Search in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This authority</source>
        <translation>This authority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document</source>
        <translation>This document</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Show the next %n matching page(s)</source>
        <translation>
            <numerusform>Show the next %n matching page</numerusform>
            <numerusform>Show the next %n matching pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Searc&amp;h in:</source>
        <translation>Searc&amp;h in:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search every page: words, &quot;a phrase&quot;, care* for words that begin so</source>
        <translation>Search every page: words, &quot;a phrase&quot;, care* for words that begin so</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Type in the search box to search the text of every page.</source>
        <translation>Type in the search box to search the text of every page.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No page matches: %1</source>
        <translation>No page matches: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Showing %1 of %n matching page(s): %2</source>
        <translation>
            <numerusform>Showing %1 of %n matching page: %2</numerusform>
            <numerusform>Showing %1 of %n matching pages: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n page(s) match: %1</source>
        <translation>
            <numerusform>%n page matches: %1</numerusform>
            <numerusform>%n pages match: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oversight::SearchResultsModel</name>
    <message>
        <location filename="../models/itemmodels/SearchResultsModel.cpp" line="+119"/>
        <source>No authority</source>
        <translation>No authority</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2, page %3</source>
        <translation>%1, %2, page %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>oversight::ShortcutsDialog</name>
    <message>
        <location filename="../ui/dialogs/ShortcutsDialog.cpp" line="+29"/>
        <location line="+8"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
</context>
<context>
    <name>oversight::StoreError</name>
    <message>
        <location filename="../models/store/StoreError.cpp" line="+44"/>
        <source>not enough space on the disk that holds %1</source>
        <translation>not enough space on the disk that holds %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not enough space on the disk that holds %1 to store %2</source>
        <translation>not enough space on the disk that holds %1 to store %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the database %1 is damaged: run File &gt; Check and repair, or restore a backup</source>
        <translation>the database %1 is damaged: run File &gt; Check and repair, or restore a backup</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the server of %1 has no space left</source>
        <translation>the server of %1 has no space left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server of %1 has no space left to store %2</source>
        <translation>the server of %1 has no space left to store %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you may read %1 but not change it (%2)</source>
        <translation>you may read %1 but not change it (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is busy with another team member&apos;s change; try again</source>
        <translation>%1 is busy with another team member&apos;s change; try again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server reports that %1 is damaged (%2): ask its administrator</source>
        <translation>the server reports that %1 is damaged (%2): ask its administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lost the connection to %1 (%2)</source>
        <translation>lost the connection to %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another team member changed the same thing in %1 at the same time (%2)</source>
        <translation>another team member changed the same thing in %1 at the same time (%2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is read-only: you cannot write to the file or to its folder</source>
        <translation>%1 is read-only: you cannot write to the file or to its folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is locked by another program that is writing to it; try again when it has finished</source>
        <translation>%1 is locked by another program that is writing to it; try again when it has finished</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot open %1 (%2)</source>
        <translation>cannot open %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the disk that holds %1 reported an error (%2)</source>
        <translation>the disk that holds %1 reported an error (%2)</translation>
    </message>
</context>
<context>
    <name>oversight::SuggestionsView</name>
    <message>
        <location filename="../ui/annotations/SuggestionsView.cpp" line="+27"/>
        <source>Show d&amp;ismissed</source>
        <translation>Show d&amp;ismissed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Accept…</source>
        <translation>&amp;Accept…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested evidence for the chosen item</source>
        <translation>Suggested evidence for the chosen item</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>List the passages dismissed for this item too, to restore one</source>
        <translation>List the passages dismissed for this item too, to restore one</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Annotate this passage as evidence for the item</source>
        <translation>Annotate this passage as evidence for the item</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This passage does not speak to the item: stop suggesting it</source>
        <translation>This passage does not speak to the item: stop suggesting it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggest this dismissed passage again</source>
        <translation>Suggest this dismissed passage again</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Suggested evidence for the chosen item:</source>
        <translation>Suggested evidence for the chosen item:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Dismissed: %1, page %2
%3</source>
        <translation>Dismissed: %1, page %2
%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, page %2 (%3%)
%4</source>
        <translation>%1, page %2 (%3%)
%4</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Suggestions cannot be worked out while the database is read-only.</source>
        <translation>Suggestions cannot be worked out while the database is read-only.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No passage of a later document seems to speak to this item.</source>
        <translation>No passage of a later document seems to speak to this item.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 (Ctrl+Z)</source>
        <translation>%1 (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to undo</source>
        <translation>Nothing to undo</translation>
    </message>
</context>
<context>
    <name>oversight::SummaryDialog</name>
    <message>
        <location filename="../ui/export/SummaryDialog.cpp" line="+24"/>
        <source>&amp;Annotated passages, by checklist item</source>
        <translation>&amp;Annotated passages, by checklist item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes on the annotations</source>
        <translation>&amp;Notes on the annotations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The authority&apos;s &amp;timeline chart</source>
        <translation>The authority&apos;s &amp;timeline chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full text of recommendations</source>
        <translation>&amp;Full text of recommendations</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export summary</source>
        <translation>Export summary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This document</source>
        <translation>This document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its authority: every document and checklist</source>
        <translation>Its authority: every document and checklist</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shown at the top of every page</source>
        <translation>Shown at the top of every page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include</source>
        <translation>Include</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Summary of:</source>
        <translation>&amp;Summary of:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Page size:</source>
        <translation>&amp;Page size:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
</context>
<context>
    <name>oversight::TeamConnection</name>
    <message>
        <location filename="../ui/database/TeamConnection.cpp" line="+63"/>
        <source>No password is kept in the keychain for %1.</source>
        <translation>No password is kept in the keychain for %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain could not be read (%1).</source>
        <translation>The keychain could not be read (%1).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Keeping the password in the keychain…</source>
        <translation>Keeping the password in the keychain…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connected to %1; the password could not be kept in the keychain.</source>
        <translation>Connected to %1; the password could not be kept in the keychain.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connected to %1.</source>
        <translation>Connected to %1.</translation>
    </message>
</context>
</TS>
