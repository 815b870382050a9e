<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt and PySide6 (Qt for Python) are used under the GNU Lesser General Public License, version 3 (LGPL v3). They are linked dynamically: the Qt libraries are separate files in the app&apos;s folder and can be replaced by a compatible build. The source code of Qt and PySide6 is available from The Qt Company (code.qt.io) and, on request, from your IT team. Full text: https://www.gnu.org/licenses/lgpl-3.0.html</source>
        <translation>يُستخدم Qt وPySide6 (Qt for Python) بموجب رخصة جنو العمومية الصغرى، الإصدار 3 (LGPL v3). وهما مرتبطان ديناميكيًا: مكتبات Qt ملفات منفصلة في مجلد التطبيق ويمكن استبدالها بإصدار متوافق. تتوفر الشيفرة المصدرية لـ Qt وPySide6 لدى The Qt Company ‏(code.qt.io)، وعند الطلب لدى فريق تقنية المعلومات لديك. النص الكامل: https://www.gnu.org/licenses/lgpl-3.0.html</translation>
    </message>
    <message>
        <source>(The licence file {file} is missing from this installation.)</source>
        <translation>(ملف الترخيص {file} غير موجود في هذا التثبيت.)</translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation>مستندات Word</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>مستندات PDF</translation>
    </message>
    <message>
        <source>ReportLab&apos;s accelerators</source>
        <translation>مسرّعات ReportLab</translation>
    </message>
    <message>
        <source>text shaping, HarfBuzz</source>
        <translation>تشكيل النص، HarfBuzz</translation>
    </message>
    <message>
        <source>right-to-left text</source>
        <translation>النص من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>Arabic letter forms</source>
        <translation>أشكال الحروف العربية</translation>
    </message>
    <message>
        <source>font subsetting</source>
        <translation>تضمين أجزاء من الخطوط</translation>
    </message>
    <message>
        <source>PDF checks</source>
        <translation>فحص ملفات PDF</translation>
    </message>
    <message>
        <source>the library database</source>
        <translation>قاعدة بيانات المكتبة</translation>
    </message>
    <message>
        <source>dates and numbers in four languages</source>
        <translation>التواريخ والأرقام بأربع لغات</translation>
    </message>
    <message>
        <source>country names, ISO 3166</source>
        <translation>أسماء البلدان، ISO 3166</translation>
    </message>
    <message>
        <source>data and settings folders</source>
        <translation>مجلدات البيانات والإعدادات</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>سطر الأوامر</translation>
    </message>
    <message>
        <source>settings files</source>
        <translation>ملفات الإعدادات</translation>
    </message>
    <message>
        <source>Word&apos;s XML</source>
        <translation>صيغة XML في Word</translation>
    </message>
    <message>
        <source>images</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>see its project</source>
        <translation>انظر مشروعها</translation>
    </message>
    <message>
        <source>{name}: {licence} (version not recorded in this installation)</source>
        <translation>{name}: {licence} (الإصدار غير مسجَّل في هذا التثبيت)</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>الترخيص: {licence}</translation>
    </message>
    <message>
        <source>Font: {family}</source>
        <translation>الخط: {family}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>حول {app}</translation>
    </message>
    <message>
        <source>Offline briefing packs from a library of sourced facts.</source>
        <translation>حزم إحاطة دون اتصال بالإنترنت، من مكتبة حقائق موثقة المصادر.</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>مجلد البيانات: {folder}</translation>
    </message>
    <message>
        <source>Bundled components and their licences:</source>
        <translation>المكونات المرفقة وتراخيصها:</translation>
    </message>
    <message>
        <source>Bundled components</source>
        <translation>المكونات المرفقة</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>نص الترخيص</translation>
    </message>
</context>
<context>
    <name>Annex</name>
    <message>
        <source>it is encrypted</source>
        <translation>إنه مشفّر</translation>
    </message>
    <message>
        <source>Word cannot open it (python-docx refused it)</source>
        <translation>يتعذّر على Word فتحه (رفضه python-docx)</translation>
    </message>
    <message>
        <source>does not exist or is not a file</source>
        <translation>غير موجود أو ليس ملفًا</translation>
    </message>
    <message>
        <source>is {size} MB; the limit is {limit} MB</source>
        <translation>حجمه {size} ميغابايت؛ والحد الأقصى {limit} ميغابايت</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>تتعذّر قراءته ({error})</translation>
    </message>
    <message>
        <source>is a PDF that cannot be used: {reason}</source>
        <translation>ملف PDF لا يمكن استخدامه: {reason}</translation>
    </message>
    <message>
        <source>is not a readable PDF ({error})</source>
        <translation>ليس ملف PDF مقروءًا ({error})</translation>
    </message>
    <message>
        <source>is a PDF without pages</source>
        <translation>ملف PDF بلا صفحات</translation>
    </message>
    <message>
        <source>is neither a PDF nor a Word (.docx) document (judged by its content)</source>
        <translation>ليس ملف PDF ولا مستند Word (.docx) (بحسب محتواه)</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>lists {count} files; the limit is {limit}</source>
        <translation>يضم {count} ملفًا؛ والحد الأقصى {limit}</translation>
    </message>
    <message>
        <source>annex {number}</source>
        <translation>المرفق {number}</translation>
    </message>
    <message>
        <source>is not a field of an annex (path, title)</source>
        <translation>ليس حقلًا من حقول المرفق (path و title)</translation>
    </message>
    <message>
        <source>must be one line of text (at most 500 characters)</source>
        <translation>يجب أن يكون سطرًا واحدًا من النص (500 حرف على الأكثر)</translation>
    </message>
    <message>
        <source>must be the path of a PDF or Word file, or {{&quot;path&quot;: ..., &quot;title&quot;: ...}}</source>
        <translation>يجب أن يكون مسار ملف PDF أو Word، أو {{&quot;path&quot;: ..., &quot;title&quot;: ...}}</translation>
    </message>
    <message>
        <source>must be the path of a PDF or Word file</source>
        <translation>يجب أن يكون مسار ملف PDF أو Word</translation>
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
        <translation>المر&amp;فقات، بعد الحزمة (PDF أو Word؛ أفلت الملفات هنا):</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>PDF and Word files attached after the pack, in order; drop files here to add them</source>
        <translation>ملفات PDF وWord المرفقة بعد الحزمة، بالترتيب؛ أفلت الملفات هنا لإضافتها</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <source>Choose PDF or Word files to attach after the pack</source>
        <translation>اختيار ملفات PDF أو Word لإرفاقها بعد الحزمة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Add annexes</source>
        <translation>إضافة مرفقات</translation>
    </message>
    <message>
        <source>Remove the selected annex</source>
        <translation>إزالة المرفق المحدد</translation>
    </message>
    <message>
        <source>Move the selected annex up</source>
        <translation>نقل المرفق المحدد لأعلى</translation>
    </message>
    <message>
        <source>Move the selected annex down</source>
        <translation>نقل المرفق المحدد لأسفل</translation>
    </message>
    <message>
        <source>Attach annexes</source>
        <translation>إرفاق ملفات</translation>
    </message>
    <message>
        <source>PDF and Word files (*.pdf *.docx);;All files (*)</source>
        <translation>ملفات PDF وWord (*.pdf *.docx);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Attach &apos;%s&apos;</source>
        <translation>إرفاق «%s»</translation>
    </message>
    <message numerus="yes">
        <source>Attach %Ln annexes</source>
        <translation>
            <numerusform>إرفاق %Ln ملف</numerusform>
            <numerusform>إرفاق ملف واحد</numerusform>
            <numerusform>إرفاق ملفين</numerusform>
            <numerusform>إرفاق %Ln ملفات</numerusform>
            <numerusform>إرفاق %Ln ملفًا</numerusform>
            <numerusform>إرفاق %Ln ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>Move the annex &apos;{name}&apos; up</source>
        <translation>نقل المرفق «{name}» لأعلى</translation>
    </message>
    <message>
        <source>Move the annex &apos;{name}&apos; down</source>
        <translation>نقل المرفق «{name}» لأسفل</translation>
    </message>
    <message>
        <source>Remove the annex &apos;%s&apos;</source>
        <translation>إزالة المرفق «%s»</translation>
    </message>
    <message numerus="yes">
        <source>PDF, %Ln page(s)</source>
        <translation>
            <numerusform>PDF، بلا صفحات</numerusform>
            <numerusform>PDF، صفحة واحدة</numerusform>
            <numerusform>PDF، صفحتان</numerusform>
            <numerusform>PDF، %Ln صفحات</numerusform>
            <numerusform>PDF، %Ln صفحةً</numerusform>
            <numerusform>PDF، %Ln صفحة</numerusform>
        </translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>مستند Word</translation>
    </message>
    <message>
        <source>Annex {letter}: {name}</source>
        <translation>المرفق {letter}: {name}</translation>
    </message>
    <message>
        <source>Annexes: %d files; the limit is %d.</source>
        <translation>عدد الملفات المرفقة: %d؛ الحد الأقصى: %d.</translation>
    </message>
    <message>
        <source>Annex %d: %s %s</source>
        <translation>المرفق %d: %s %s</translation>
    </message>
</context>
<context>
    <name>AttendeeList</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>%s: attendees</source>
        <translation>%s: المشاركون</translation>
    </message>
    <message>
        <source>Select every attendee</source>
        <translation>تحديد جميع المشاركين</translation>
    </message>
    <message>
        <source>Type a name, or part of one to find people in the library (Down, Enter to pick); then Enter or Add</source>
        <translation>اكتب اسمًا، أو جزءًا منه للبحث عن أشخاص في المكتبة (أسفل، ثم Enter للاختيار)؛ ثم Enter أو إضافة</translation>
    </message>
    <message>
        <source>%s: new attendee&apos;s name</source>
        <translation>%s: اسم المشارك الجديد</translation>
    </message>
    <message>
        <source>Type part of a name: people in the library are offered; or keep the name as typed</source>
        <translation>اكتب جزءًا من الاسم: يُقترح أشخاص من المكتبة؛ أو أبقِ الاسم كما كتبته</translation>
    </message>
    <message>
        <source>The attendee&apos;s role as printed; empty for a library person: the library&apos;s role</source>
        <translation>منصب المشارك كما يُطبع؛ إن تُرك فارغًا لشخص من المكتبة: المنصب المسجل فيها</translation>
    </message>
    <message>
        <source>%s: new attendee&apos;s role</source>
        <translation>%s: منصب المشارك الجديد</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add the attendee to %s</source>
        <translation>إضافة المشارك إلى %s</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected attendee from %s</source>
        <translation>إزالة المشارك المحدد من %s</translation>
    </message>
    <message>
        <source>Move the selected attendee up</source>
        <translation>نقل المشارك المحدد لأعلى</translation>
    </message>
    <message>
        <source>Move the selected attendee down</source>
        <translation>نقل المشارك المحدد لأسفل</translation>
    </message>
    <message>
        <source>%s: people in the library matching the name</source>
        <translation>%s: أشخاص في المكتبة يطابقون الاسم</translation>
    </message>
    <message>
        <source>(not in the library: %s)</source>
        <translation>(غير موجود في المكتبة: %s)</translation>
    </message>
    <message>
        <source>From the library: %s</source>
        <translation>من المكتبة: %s</translation>
    </message>
    <message>
        <source>The library&apos;s role, printed unless you type another here</source>
        <translation>المنصب المسجل في المكتبة، ويُطبع ما لم تكتب غيره هنا</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cannot create the backup folder {folder}: {error}.</source>
        <translation>تعذّر إنشاء مجلد النسخ الاحتياطية {folder}: {error}.</translation>
    </message>
    <message>
        <source>Cannot write the backup {file}: {error}.</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية {file}: {error}.</translation>
    </message>
    <message>
        <source>The backup to {file} failed: {error}.</source>
        <translation>فشل النسخ الاحتياطي إلى {file}: {error}.</translation>
    </message>
    <message>
        <source>cannot be opened: {error}</source>
        <translation>يتعذّر فتحها: {error}</translation>
    </message>
    <message>
        <source>is not a Briefing Builder library</source>
        <translation>ليست مكتبة Briefing Builder</translation>
    </message>
    <message>
        <source>was made by a newer version of the app (schema {version})</source>
        <translation>أُنشئت بإصدار أحدث من التطبيق (المخطط {version})</translation>
    </message>
    <message>
        <source>is damaged ({detail})</source>
        <translation>تالفة ({detail})</translation>
    </message>
    <message>
        <source>This library is read-only here; a backup cannot be restored into it.</source>
        <translation>هذه المكتبة للقراءة فقط هنا؛ لا يمكن استعادة نسخة احتياطية إليها.</translation>
    </message>
    <message>
        <source>The backup {name} cannot be restored: it {problem}.</source>
        <translation>لا يمكن استعادة النسخة الاحتياطية {name}: {problem}.</translation>
    </message>
    <message>
        <source>Restoring {name} failed ({error}); the library is as it was, and a copy of it is in {safety}.</source>
        <translation>فشلت استعادة {name} ({error})؛ بقيت المكتبة كما كانت، وتوجد نسخة منها في {safety}.</translation>
    </message>
</context>
<context>
    <name>CheckLibraryDialog</name>
    <message>
        <source>Check library</source>
        <translation>فحص المكتبة</translation>
    </message>
    <message>
        <source>Checking the library…</source>
        <translation>جارٍ فحص المكتبة…</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>المشكلات المكتشفة</translation>
    </message>
    <message>
        <source>Each problem the check found, one per line</source>
        <translation>كل مشكلة اكتشفها الفحص، واحدة في كل سطر</translation>
    </message>
    <message>
        <source>&amp;Repair</source>
        <translation>إ&amp;صلاح</translation>
    </message>
    <message>
        <source>Rebuild the search index from the items (nothing else is changed)</source>
        <translation>إعادة بناء فهرس البحث من العناصر (دون تغيير أي شيء آخر)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>إعادة ال&amp;فحص</translation>
    </message>
    <message>
        <source>Repairing the search index…</source>
        <translation>جارٍ إصلاح فهرس البحث…</translation>
    </message>
    <message>
        <source>The check could not be completed.</source>
        <translation>تعذّر إكمال الفحص.</translation>
    </message>
    <message>
        <source>Checking the library</source>
        <translation>فحص المكتبة</translation>
    </message>
    <message>
        <source>The library is healthy: integrity, foreign keys, schema and search index are all in order.</source>
        <translation>المكتبة سليمة: السلامة والمفاتيح الخارجية والمخطط وفهرس البحث كلها سليمة.</translation>
    </message>
    <message>
        <source>Repaired: the search index was rebuilt. {state}</source>
        <translation>تم الإصلاح: أعيد بناء فهرس البحث. {state}</translation>
    </message>
    <message>
        <source>The search index does not match the items. Repair rebuilds it from the items; no item is changed.</source>
        <translation>فهرس البحث لا يطابق العناصر. يعيد الإصلاح بناءه من العناصر؛ ولا يتغير أي عنصر.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) found that cannot be repaired here. Use Library ▸ Restore backup to go back to a copy taken before they appeared.</source>
        <translation>
            <numerusform>لا توجد مشكلات لا يمكن إصلاحها هنا. استخدم المكتبة ◂ استعادة نسخة احتياطية للرجوع إلى نسخة أُخذت قبل ظهورها.</numerusform>
            <numerusform>وُجدت مشكلة واحدة لا يمكن إصلاحها هنا. استخدم المكتبة ◂ استعادة نسخة احتياطية للرجوع إلى نسخة أُخذت قبل ظهورها.</numerusform>
            <numerusform>وُجدت مشكلتان لا يمكن إصلاحها هنا. استخدم المكتبة ◂ استعادة نسخة احتياطية للرجوع إلى نسخة أُخذت قبل ظهورها.</numerusform>
            <numerusform>وُجدت %Ln مشكلات لا يمكن إصلاحها هنا. استخدم المكتبة ◂ استعادة نسخة احتياطية للرجوع إلى نسخة أُخذت قبل ظهورها.</numerusform>
            <numerusform>وُجدت %Ln مشكلةً لا يمكن إصلاحها هنا. استخدم المكتبة ◂ استعادة نسخة احتياطية للرجوع إلى نسخة أُخذت قبل ظهورها.</numerusform>
            <numerusform>وُجدت %Ln مشكلة لا يمكن إصلاحها هنا. استخدم المكتبة ◂ استعادة نسخة احتياطية للرجوع إلى نسخة أُخذت قبل ظهورها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Configuration</name>
    <message>
        <source>must be text in quotes</source>
        <translation>يجب أن يكون نصًا بين علامتي تنصيص</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %Ln characters</source>
        <translation>
            <numerusform>يتجاوز %Ln حرف</numerusform>
            <numerusform>يتجاوز حرفًا واحدًا</numerusform>
            <numerusform>يتجاوز حرفين</numerusform>
            <numerusform>يتجاوز %Ln أحرف</numerusform>
            <numerusform>يتجاوز %Ln حرفًا</numerusform>
            <numerusform>يتجاوز %Ln حرف</numerusform>
        </translation>
    </message>
    <message>
        <source>must be one of {options}</source>
        <translation>يجب أن يكون إحدى القيم التالية: {options}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>يجب أن يكون true أو false</translation>
    </message>
    <message>
        <source>must be a non-empty list of markings, lowest first, e.g. [&quot;UNCLASSIFIED&quot;, &quot;SECRET&quot;]</source>
        <translation>يجب أن يكون قائمة غير فارغة من درجات التصنيف، من الأدنى إلى الأعلى، مثل [&quot;UNCLASSIFIED&quot;, &quot;SECRET&quot;]</translation>
    </message>
    <message>
        <source>lists a marking twice</source>
        <translation>يذكر درجة التصنيف نفسها مرتين</translation>
    </message>
    <message>
        <source>must be an octal file mode in quotes, e.g. &quot;0600&quot; or &quot;0640&quot;</source>
        <translation>يجب أن يكون صلاحيات ملف بالنظام الثماني بين علامتي تنصيص، مثل &quot;0600&quot; أو &quot;0640&quot;</translation>
    </message>
    <message>
        <source>must let the owner read and write the file (e.g. &quot;0600&quot;)</source>
        <translation>يجب أن يسمح للمالك بقراءة الملف والكتابة فيه (مثل &quot;0600&quot;)</translation>
    </message>
    <message>
        <source>must be a list of setting names such as &quot;organisation.name&quot;</source>
        <translation>يجب أن يكون قائمة بأسماء إعدادات مثل &quot;organisation.name&quot;</translation>
    </message>
    <message>
        <source>names an unknown setting {name}</source>
        <translation>يذكر إعدادًا غير معروف: {name}</translation>
    </message>
    <message>
        <source>The configuration file {path} is not valid TOML: {error}.</source>
        <translation>ملف الإعداد {path} ليس بصيغة TOML صحيحة: {error}.</translation>
    </message>
    <message>
        <source>Cannot read the configuration file {path}: {error}.</source>
        <translation>تتعذر قراءة ملف الإعداد {path}: {error}.</translation>
    </message>
    <message>
        <source>In {path}: &apos;{section}&apos; must be a [section], e.g. [organisation].</source>
        <translation>في {path}: يجب أن يكون «{section}» قسمًا [section]، مثل [organisation].</translation>
    </message>
    <message>
        <source>In {path}: unknown setting &apos;{name}&apos; (known settings: {known}).</source>
        <translation>في {path}: إعداد غير معروف «{name}» (الإعدادات المعروفة: {known}).</translation>
    </message>
    <message>
        <source>In {path}: setting &apos;{name}&apos; {problem}.</source>
        <translation>في {path}: الإعداد «{name}» {problem}.</translation>
    </message>
    <message>
        <source>In {path}: setting &apos;{name}&apos; can only be set by IT, in a system-wide configuration file or beside the executable.</source>
        <translation>في {path}: لا يضبط الإعداد «{name}» إلا قسم تقنية المعلومات، في ملف إعداد على مستوى النظام أو بجوار الملف التنفيذي.</translation>
    </message>
    <message>
        <source>The environment variable {variable} {problem}.</source>
        <translation>متغير البيئة {variable} {problem}.</translation>
    </message>
    <message>
        <source>the built-in defaults</source>
        <translation>القيم الافتراضية المدمجة</translation>
    </message>
    <message>
        <source>In {origin}: setting &apos;classification.default&apos; is {marking}, which is not one of the allowed markings ({markings}).</source>
        <translation>في {origin}: قيمة الإعداد «classification.default» هي {marking}، وهي ليست من درجات التصنيف المسموح بها ({markings}).</translation>
    </message>
    <message>
        <source>No user settings file is known.</source>
        <translation>لا يُعرف ملف إعدادات للمستخدم.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;{name}&apos;.</source>
        <translation>إعداد غير معروف «{name}».</translation>
    </message>
    <message>
        <source>The setting &apos;{name}&apos; is set by your organisation and cannot be changed here.</source>
        <translation>الإعداد «{name}» تضبطه مؤسستك ولا يمكن تغييره هنا.</translation>
    </message>
</context>
<context>
    <name>CountriesPage</name>
    <message>
        <source>Find a country by name or code…</source>
        <translation>ابحث عن بلد بالاسم أو الرمز…</translation>
    </message>
    <message>
        <source>Find a country</source>
        <translation>البحث عن بلد</translation>
    </message>
    <message>
        <source>Language of country names</source>
        <translation>لغة أسماء البلدان</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>جميع البلدان</translation>
    </message>
    <message>
        <source>African Union members</source>
        <translation>أعضاء الاتحاد الأفريقي</translation>
    </message>
    <message>
        <source>AU: {region}</source>
        <translation>الاتحاد الأفريقي: {region}</translation>
    </message>
    <message>
        <source>Country group</source>
        <translation>مجموعة البلدان</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>اختر بلدًا</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Dated statuses</source>
        <translation>الأوضاع المؤرخة</translation>
    </message>
    <message>
        <source>Your notes on this country (saved in the library)</source>
        <translation>ملاحظاتك عن هذا البلد (تُحفظ في المكتبة)</translation>
    </message>
    <message>
        <source>Country notes</source>
        <translation>ملاحظات عن البلد</translation>
    </message>
    <message>
        <source>Save &amp;notes</source>
        <translation>حفظ ال&amp;ملاحظات</translation>
    </message>
    <message>
        <source>Choose or type a topic</source>
        <translation>اختر موضوعًا أو اكتبه</translation>
    </message>
    <message>
        <source>e.g. ratified, signed</source>
        <translation>مثلًا: صادقت، وقّعت</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD أو YYYY-MM أو YYYY</translation>
    </message>
    <message>
        <source>&amp;Add status</source>
        <translation>إ&amp;ضافة الوضع</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>الموضوع:</translation>
    </message>
    <message>
        <source>New status topic</source>
        <translation>موضوع الوضع الجديد</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الوضع:</translation>
    </message>
    <message>
        <source>New status status</source>
        <translation>قيمة الوضع الجديد</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>حتى تاريخ:</translation>
    </message>
    <message>
        <source>New status as of</source>
        <translation>تاريخ الوضع الجديد</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>New status source</source>
        <translation>مصدر الوضع الجديد</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>New status note</source>
        <translation>ملاحظة الوضع الجديد</translation>
    </message>
    <message>
        <source>Record a dated, sourced status</source>
        <translation>تسجيل وضع مؤرخ وموثق المصدر</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Loading the countries</source>
        <translation>تحميل البلدان</translation>
    </message>
    <message>
        <source>— choose the source —</source>
        <translation>— اختر المصدر —</translation>
    </message>
    <message>
        <source>{language}: {name}</source>
        <translation>{language}: {name}</translation>
    </message>
    <message>
        <source>African Union member state, {region} region</source>
        <translation>دولة عضو في الاتحاد الأفريقي، إقليم {region}</translation>
    </message>
    <message>
        <source> (as the {au_name})</source>
        <translation> (باسم «{au_name}»)</translation>
    </message>
    <message>
        <source>Not an African Union member state</source>
        <translation>ليست دولة عضوًا في الاتحاد الأفريقي</translation>
    </message>
    <message>
        <source>No statuses recorded</source>
        <translation>لا توجد أوضاع مسجلة</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>تاريخ غير معروف</translation>
    </message>
    <message>
        <source> [confidence {mark}]</source>
        <translation> [درجة الثقة {mark}]</translation>
    </message>
    <message>
        <source>Source: {citation}</source>
        <translation>المصدر: {citation}</translation>
    </message>
    <message>
        <source>Saved the notes on {country}.</source>
        <translation>حُفظت الملاحظات عن {country}.</translation>
    </message>
    <message>
        <source>Edit the notes on {country}</source>
        <translation>تعديل الملاحظات عن {country}</translation>
    </message>
    <message>
        <source>Saving the notes</source>
        <translation>حفظ الملاحظات</translation>
    </message>
    <message>
        <source>Recorded {topic}: {status}.</source>
        <translation>سُجّل: {topic}: {status}.</translation>
    </message>
    <message>
        <source>Add status {topic}: {status} ({code})</source>
        <translation>إضافة الوضع {topic}: {status} ({code})</translation>
    </message>
    <message>
        <source>Recording the status</source>
        <translation>تسجيل الوضع</translation>
    </message>
</context>
<context>
    <name>DocumentForm</name>
    <message>
        <source>File &amp;reference:</source>
        <translation>ال&amp;رقم المرجعي للملف:</translation>
    </message>
    <message>
        <source>Versi&amp;on:</source>
        <translation>الإ&amp;صدار:</translation>
    </message>
    <message>
        <source>e.g. 2</source>
        <translation>مثلًا 2</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>أ&amp;عدّه:</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Des&amp;k:</source>
        <translation>ال&amp;قسم:</translation>
    </message>
    <message>
        <source>desk or team</source>
        <translation>القسم أو الفريق</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>ال&amp;هاتف:</translation>
    </message>
    <message>
        <source>e.g. +44 20 0000 0000</source>
        <translation>مثلًا ‎+44 20 0000 0000</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>البريد الإل&amp;كتروني:</translation>
    </message>
    <message>
        <source>&amp;Cleared by:</source>
        <translation>اعت&amp;مده:</translation>
    </message>
    <message>
        <source>&amp;Date prepared:</source>
        <translation>&amp;تاريخ الإعداد:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
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
        <translation>لم تنجح العملية: {what}.</translation>
    </message>
    <message>
        <source>{what} did not succeed</source>
        <translation>لم تنجح العملية: {what}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <source>The library file looks damaged ({error}). Use Library ▸ Check library (&apos;briefing-builder library check&apos;), or restore a backup.</source>
        <translation>يبدو أن ملف المكتبة تالف ({error}). استخدم المكتبة ◂ فحص المكتبة («briefing-builder library check»)، أو استعد نسخة احتياطية.</translation>
    </message>
    <message>
        <source>{reason}: {file}</source>
        <translation>{reason}: {file}</translation>
    </message>
    <message>
        <source>The computer ran out of memory. Close other programs, or build a smaller pack.</source>
        <translation>نفدت ذاكرة الحاسوب. أغلق برامج أخرى، أو أعدّ حزمة أقصر.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({error}). Nothing was changed.</source>
        <translation>حدث خطأ غير متوقع ({error}). لم يُغيَّر شيء.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Unknown format {format}; choose from {formats}.</source>
        <translation>تنسيق غير معروف {format}؛ اختر من بين {formats}.</translation>
    </message>
    <message>
        <source>{file} already exists; nothing was written.</source>
        <translation>{file} موجود مسبقًا؛ لم يُكتب شيء.</translation>
    </message>
    <message numerus="yes">
        <source>{file} already exists (and %Ln more of the pack&apos;s files); nothing was written.</source>
        <translation>
            <numerusform>{file} موجود مسبقًا (و%Ln ملف آخر من ملفات الحزمة)؛ لم يُكتب شيء.</numerusform>
            <numerusform>{file} موجود مسبقًا (و%Ln ملف آخر من ملفات الحزمة)؛ لم يُكتب شيء.</numerusform>
            <numerusform>{file} موجود مسبقًا (و%Ln ملفان آخران من ملفات الحزمة)؛ لم يُكتب شيء.</numerusform>
            <numerusform>{file} موجود مسبقًا (و%Ln ملفات أخرى من ملفات الحزمة)؛ لم يُكتب شيء.</numerusform>
            <numerusform>{file} موجود مسبقًا (و%Ln ملفًا آخر من ملفات الحزمة)؛ لم يُكتب شيء.</numerusform>
            <numerusform>{file} موجود مسبقًا (و%Ln ملف آخر من ملفات الحزمة)؛ لم يُكتب شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file name is empty once unsafe characters are removed.</source>
        <translation>يصبح اسم الملف فارغًا بعد إزالة المحارف غير الآمنة.</translation>
    </message>
    <message>
        <source>No free file name like {name} in {folder}.</source>
        <translation>لا يوجد اسم ملف متاح مشابه لـ {name} في {folder}.</translation>
    </message>
    <message>
        <source>Cannot write to {folder}: {error}; nothing was changed.</source>
        <translation>تعذّرت الكتابة في {folder}: {error}؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The new files in {folder} could not all be put in place ({error}: {file}); the next build into this folder completes it.</source>
        <translation>تعذّر وضع كل الملفات الجديدة في {folder} ({error}: {file})؛ وسيُكمل ذلك الإنشاءُ التالي في هذا المجلد.</translation>
    </message>
    <message>
        <source>Cannot finish or remove the files an earlier export left in {folder}: {error}.</source>
        <translation>تعذّر إكمال الملفات التي تركها تصدير سابق في {folder} أو حذفها: {error}.</translation>
    </message>
    <message>
        <source>The export journal {journal} cannot be read ({error}); move it away to continue.</source>
        <translation>تتعذّر قراءة سجل التصدير {journal} ({error})؛ انقله إلى مكان آخر للمتابعة.</translation>
    </message>
    <message>
        <source>The export journal {journal} names a file that is not its own: {name}.</source>
        <translation>يذكر سجل التصدير {journal} ملفًا لا يخصه: {name}.</translation>
    </message>
    <message>
        <source>The export journal {journal} names {name}, which is not a plain file name.</source>
        <translation>يذكر سجل التصدير {journal} الاسم {name}، وهو ليس اسم ملف بسيطًا.</translation>
    </message>
    <message>
        <source>The pack&apos;s file list for {folder} names {name}, which is not a plain file name.</source>
        <translation>تذكر قائمة ملفات الحزمة في {folder} الاسم {name}، وهو ليس اسم ملف بسيطًا.</translation>
    </message>
    <message>
        <source>Cannot open the output folder {folder}: {error}.</source>
        <translation>تعذّر فتح مجلد الإخراج {folder}: {error}.</translation>
    </message>
    <message>
        <source>Cannot lock the output folder {folder}: {error}.</source>
        <translation>تعذّر قفل مجلد الإخراج {folder}: {error}.</translation>
    </message>
    <message>
        <source>The Word annex {title} cannot be opened ({error}).</source>
        <translation>يتعذّر فتح ملحق Word {title} ({error}).</translation>
    </message>
    <message>
        <source>The output folder {folder} does not exist.</source>
        <translation>مجلد الإخراج {folder} غير موجود.</translation>
    </message>
    <message>
        <source>The output path {folder} is not a folder.</source>
        <translation>مسار الإخراج {folder} ليس مجلدًا.</translation>
    </message>
    <message>
        <source>The output folder {folder} is not writable.</source>
        <translation>لا يمكن الكتابة في مجلد الإخراج {folder}.</translation>
    </message>
    <message>
        <source>The organisation logo {path} cannot be read ({error}).</source>
        <translation>تتعذّر قراءة شعار المؤسسة {path} ({error}).</translation>
    </message>
    <message>
        <source>An annex cannot be read as a PDF ({error}).</source>
        <translation>تتعذّر قراءة أحد الملاحق بصيغة PDF ({error}).</translation>
    </message>
    <message>
        <source>The photo of {name} cannot be read ({error}).</source>
        <translation>تتعذّر قراءة صورة {name} ({error}).</translation>
    </message>
    <message>
        <source>The photo of a person cannot be read ({error}).</source>
        <translation>تتعذّر قراءة صورة أحد الأشخاص ({error}).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the pack</source>
        <translation>تصدير الحزمة</translation>
    </message>
    <message>
        <source>&amp;Word (.docx), to edit</source>
        <translation>&amp;Word ‏(.docx)، للتحرير</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>مستند Word</translation>
    </message>
    <message>
        <source>Write a Word document (.docx) to edit</source>
        <translation>كتابة مستند Word ‏(.docx) للتحرير</translation>
    </message>
    <message>
        <source>P&amp;DF, to read and print</source>
        <translation>P&amp;DF، للقراءة والطباعة</translation>
    </message>
    <message>
        <source>Write a PDF file to read and print</source>
        <translation>كتابة ملف PDF للقراءة والطباعة</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Browse for the folder</source>
        <translation>استعراض المجلد</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>اسم الملف</translation>
    </message>
    <message>
        <source>The name of the files, without .docx or .pdf</source>
        <translation>اسم الملفات، دون ‎.docx أو ‎.pdf</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>الصيغ:</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>ال&amp;مجلد:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ا&amp;سم الملف:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <source>Tick Word, PDF or both.</source>
        <translation>حدّد Word أو PDF أو كليهما.</translation>
    </message>
    <message>
        <source>Choose the folder to export to.</source>
        <translation>اختر المجلد الذي سيتم التصدير إليه.</translation>
    </message>
    <message>
        <source>Give the files a name.</source>
        <translation>أدخل اسمًا للملفات.</translation>
    </message>
    <message>
        <source>Files already exist</source>
        <translation>الملفات موجودة بالفعل</translation>
    </message>
    <message>
        <source>{folder} already holds files named “{name}”:</source>
        <translation>يحتوي {folder} بالفعل على ملفات باسم «{name}»:</translation>
    </message>
    <message>
        <source>Replace them, or keep both and name the new files “{name}”?</source>
        <translation>هل تريد استبدالها، أم الاحتفاظ بالاثنين وتسمية الملفات الجديدة «{name}»؟</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>ا&amp;ستبدال</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>الاحت&amp;فاظ بالاثنين</translation>
    </message>
    <message>
        <source>Replace the existing files with the new ones</source>
        <translation>استبدال الملفات الموجودة بالجديدة</translation>
    </message>
    <message>
        <source>Keep the existing files; the new ones are named {name}</source>
        <translation>الاحتفاظ بالملفات الموجودة؛ وتُسمّى الجديدة {name}</translation>
    </message>
    <message>
        <source>Do not export</source>
        <translation>عدم التصدير</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>اكتمل التصدير</translation>
    </message>
    <message>
        <source>The pack is marked {marking}.</source>
        <translation>الحزمة مصنفة: {marking}.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>&amp;Show in folder</source>
        <translation>&amp;إظهار في المجلد</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>المجلد {folder} غير موجود.</translation>
    </message>
    <message>
        <source>Cannot write to {folder}: {reason}.</source>
        <translation>تعذّرت الكتابة في {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>تعذّرت كتابة {path}: {reason}.</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>الإذن مرفوض</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>الملف أو المجلد غير موجود</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>هذا مجلد</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>القرص للقراءة فقط</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>seed file {file}</source>
        <translation>ملف البيانات الأولية {file}</translation>
    </message>
    <message>
        <source>is not valid TOML ({error})</source>
        <translation>ليس بصيغة TOML صحيحة ({error})</translation>
    </message>
    <message>
        <source>seed file translations/{file}</source>
        <translation>ملف البيانات الأولية translations/{file}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>يجب أن يكون جدولًا</translation>
    </message>
    <message>
        <source>seed file translations/{file}, {record} {key}</source>
        <translation>ملف البيانات الأولية translations/{file}، {record} {key}</translation>
    </message>
    <message>
        <source>seed file translations/{file}, status_note {index}</source>
        <translation>ملف البيانات الأولية translations/{file}، status_note {index}</translation>
    </message>
    <message>
        <source>seed file {file}, item {index} ({uid})</source>
        <translation>ملف البيانات الأولية {file}، العنصر {index} ({uid})</translation>
    </message>
    <message>
        <source>must be an object keyed by language code</source>
        <translation>يجب أن يكون كائنًا مفاتيحه رموز اللغات</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}.</source>
        <translation>تعذّرت قراءة {path}: {error}.</translation>
    </message>
    <message>
        <source>is not UTF-8 text</source>
        <translation>ليس نصًّا بترميز UTF-8</translation>
    </message>
    <message>
        <source>{file} line {line} column {column}</source>
        <translation>{file} السطر {line} العمود {column}</translation>
    </message>
    <message>
        <source>is not valid JSON ({error})</source>
        <translation>ليس بصيغة JSON صالحة ({error})</translation>
    </message>
    <message>
        <source>is nested too deeply to be a library file</source>
        <translation>متداخل بعمق أكبر من أن يكون ملف مكتبة</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>is not a known column (known: {columns})</source>
        <translation>ليس عمودًا معروفًا (الأعمدة المعروفة: {columns})</translation>
    </message>
    <message>
        <source>column is missing</source>
        <translation>العمود مفقود</translation>
    </message>
    <message>
        <source>has {cells} cells; the header has {columns}</source>
        <translation>فيه {cells} خلايا؛ وفي الترويسة {columns}</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1</source>
        <translation>يجب أن يكون عددًا صحيحًا لا يقل عن 1</translation>
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
        <translation>{where}، translations.{language}</translation>
    </message>
    <message>
        <source>{where} statuses[{index}]</source>
        <translation>{where}، statuses[{index}]</translation>
    </message>
    <message>
        <source>{file} line {line}</source>
        <translation>{file} السطر {line}</translation>
    </message>
    <message>
        <source>is not valid CSV ({error})</source>
        <translation>ليس بصيغة CSV صالحة ({error})</translation>
    </message>
    <message>
        <source>{uid} appears twice in the file</source>
        <translation>{uid} يرد مرتين في الملف</translation>
    </message>
    <message>
        <source>no source has the uid {uid}</source>
        <translation>لا يوجد مصدر بالمعرّف uid {uid}</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>يجب أن يكون كائنًا</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>يجب أن يكون قائمة</translation>
    </message>
    <message>
        <source>is not a known field</source>
        <translation>ليس حقلًا معروفًا</translation>
    </message>
    <message>
        <source>file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>must hold a JSON object with &apos;sources&apos;, &apos;items&apos; and &apos;countries&apos;</source>
        <translation>يجب أن يحتوي على كائن JSON فيه &apos;sources&apos; و&apos;items&apos; و&apos;countries&apos;</translation>
    </message>
    <message>
        <source>must be {name}</source>
        <translation>يجب أن يكون {name}</translation>
    </message>
    <message>
        <source>{version} is newer than this version of Briefing Builder reads ({latest})</source>
        <translation>{version} أحدث مما يستطيع هذا الإصدار من Briefing Builder قراءته ({latest})</translation>
    </message>
    <message>
        <source>no source has the uid {uid} (in the file or the library)</source>
        <translation>لا يوجد مصدر بالمعرّف uid {uid} (في الملف أو المكتبة)</translation>
    </message>
    <message>
        <source>{code} is not an ISO 3166-1 country</source>
        <translation>{code} ليس بلدًا من بلدان ISO 3166-1</translation>
    </message>
    <message>
        <source>is required for an item with translations</source>
        <translation>مطلوب لعنصر له ترجمات</translation>
    </message>
    <message>
        <source>{code} is not an ISO 3166-1 alpha-3 code</source>
        <translation>{code} ليس رمزًا من رموز ISO 3166-1 الثلاثية</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>يجب أن يكون true أو false</translation>
    </message>
    <message>
        <source>must be one of {regions} or null</source>
        <translation>يجب أن يكون أحد {regions} أو null</translation>
    </message>
    <message>
        <source>is required when au_member is true</source>
        <translation>مطلوب عندما تكون قيمة au_member هي true</translation>
    </message>
    <message>
        <source>must be a list of biography lines</source>
        <translation>يجب أن يكون قائمة بأسطر السيرة الذاتية</translation>
    </message>
    <message>
        <source>must be an object with the image as base64 &apos;data&apos;, or null</source>
        <translation>يجب أن يكون كائنًا يحمل الصورة بترميز base64 في &apos;data&apos;، أو null</translation>
    </message>
    <message>
        <source>must be the image file as base64 text</source>
        <translation>يجب أن يكون ملف الصورة نصًّا بترميز base64</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>ليس ترميز base64 صالحًا</translation>
    </message>
    <message>
        <source>does not match the image data (the file was damaged or edited by hand)</source>
        <translation>لا يطابق بيانات الصورة (تلف الملف أو عُدِّل يدويًّا)</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>ال&amp;نص:</translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation>لم يُحدَّد أي عنصر</translation>
    </message>
    <message>
        <source>paragraph, section or page</source>
        <translation>فقرة أو قسم أو صفحة</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD أو YYYY-MM أو YYYY</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (optional)</source>
        <translation>YYYY-MM-DD (اختياري)</translation>
    </message>
    <message>
        <source>comma-separated, e.g. summit-2019, key-figures</source>
        <translation>مفصولة بفواصل، مثل summit-2019, key-figures</translation>
    </message>
    <message>
        <source>comma-separated: {codes}</source>
        <translation>مفصولة بفواصل: {codes}</translation>
    </message>
    <message>
        <source>ISO codes, comma-separated, e.g. ETH, KEN</source>
        <translation>رموز ISO مفصولة بفواصل، مثل ETH, KEN</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Locator</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>حتى تاريخ</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>المراجعة قبل</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>الأطر</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>درجة الثقة</translation>
    </message>
    <message>
        <source>Editorial notes</source>
        <translation>ملاحظات التحرير</translation>
    </message>
    <message>
        <source>{field} error</source>
        <translation>خطأ: {field}</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>For example: {example}</source>
        <translation>مثال: {example}</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save this item (Ctrl+S)</source>
        <translation>حفظ هذا العنصر (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>ا&amp;سترجاع</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Translations…</source>
        <translation>الترجمات…</translation>
    </message>
    <message>
        <source>Translate this item into another language, side by side</source>
        <translation>ترجمة هذا العنصر إلى لغة أخرى، جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>— choose a source —</source>
        <translation>— اختر مصدرًا —</translation>
    </message>
    <message>
        <source>uid {uid} · revision {revision} · created {created} · updated {updated}</source>
        <translation>المعرّف {uid} · المراجعة {revision} · أُنشئ في {created} · حُدّث في {updated}</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>عنصر جديد</translation>
    </message>
    <message>
        <source>Every item needs a source; add one under Sources if it is not listed.</source>
        <translation>يحتاج كل عنصر إلى مصدر؛ أضفه في علامة تبويب المصادر إن لم يكن مدرجًا.</translation>
    </message>
    <message>
        <source>{code} is not an ISO 3166 country code</source>
        <translation>{code} ليس رمز بلد وفق ISO 3166</translation>
    </message>
    <message>
        <source>is not one of the configured markings</source>
        <translation>ليس من التصنيفات المعتمدة</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>• Unsaved changes</source>
        <translation>• تغييرات غير محفوظة</translation>
    </message>
</context>
<context>
    <name>ItemPickerDialog</name>
    <message>
        <source>Add an item to “{section}”</source>
        <translation>إضافة عنصر إلى «{section}»</translation>
    </message>
    <message>
        <source>Add an item from the library</source>
        <translation>إضافة عنصر من المكتبة</translation>
    </message>
    <message>
        <source>Search the library…</source>
        <translation>البحث في المكتبة…</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <source>Words, prefixes or &quot;a phrase&quot;; the list below updates as you type</source>
        <translation>كلمات أو بدايات كلمات أو &quot;عبارة&quot;؛ تتحدث القائمة أثناء الكتابة</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>ال&amp;بحث:</translation>
    </message>
    <message>
        <source>Matching items</source>
        <translation>العناصر المطابقة</translation>
    </message>
    <message>
        <source>Enter or a double-click adds the item</source>
        <translation>يضيف مفتاح Enter أو النقر المزدوج العنصر</translation>
    </message>
    <message>
        <source>&amp;Matching items:</source>
        <translation>العناصر ال&amp;مطابقة:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add the selected item</source>
        <translation>إضافة العنصر المحدد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The search failed: {error}</source>
        <translation>فشل البحث: {error}</translation>
    </message>
    <message>
        <source>Search for an item, then select it</source>
        <translation>ابحث عن عنصر ثم حدّده</translation>
    </message>
</context>
<context>
    <name>ItemsTableModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>المراجعة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Review was due on {date}.</source>
        <translation>كان موعد المراجعة {date}.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Move it aside and run &apos;briefing-builder library init&apos; to start a new library, or restore a copy from {folder}.</source>
        <translation>انقله جانبًا وشغّل «briefing-builder library init» لإنشاء مكتبة جديدة، أو استعد نسخة من {folder}.</translation>
    </message>
    <message>
        <source>The library path {path} is a folder, not a file. {what_to_do}</source>
        <translation>مسار المكتبة {path} مجلد وليس ملفًا. {what_to_do}</translation>
    </message>
    <message>
        <source>Cannot open the library file {path}: {error}. {what_to_do}</source>
        <translation>تعذّر فتح ملف المكتبة {path}: {error}. {what_to_do}</translation>
    </message>
    <message>
        <source>The file {path} is not a readable library ({error}). {what_to_do}</source>
        <translation>الملف {path} ليس مكتبة قابلة للقراءة ({error}). {what_to_do}</translation>
    </message>
    <message>
        <source>The file {path} is an SQLite database but not a Briefing Builder library. {what_to_do}</source>
        <translation>الملف {path} قاعدة بيانات SQLite لكنه ليس مكتبة Briefing Builder. {what_to_do}</translation>
    </message>
    <message>
        <source>The library {path} was made by a newer version of Briefing Builder (schema {schema}; this version understands up to {supported}). It was not modified: install the newer version to use it.</source>
        <translation>أُنشئت المكتبة {path} بإصدار أحدث من Briefing Builder (المخطط {schema}؛ وهذا الإصدار يفهم حتى المخطط {supported}). لم تُعدَّل: ثبّت الإصدار الأحدث لاستخدامها.</translation>
    </message>
    <message>
        <source>There is no library at {path}. Run &apos;briefing-builder library init&apos; to create one.</source>
        <translation>لا توجد مكتبة في {path}. شغّل «briefing-builder library init» لإنشاء مكتبة.</translation>
    </message>
    <message>
        <source>The library {path} needs to be created or upgraded, but it was opened read-only.</source>
        <translation>يجب إنشاء المكتبة {path} أو ترقيتها، لكنها فُتحت للقراءة فقط.</translation>
    </message>
    <message>
        <source>Cannot create the library folder {folder}: {error}.</source>
        <translation>تعذّر إنشاء مجلد المكتبة {folder}: {error}.</translation>
    </message>
    <message>
        <source>Cannot create the library {path}: {error}.</source>
        <translation>تعذّر إنشاء المكتبة {path}: {error}.</translation>
    </message>
    <message>
        <source>Cannot open the library {path}: {error}.</source>
        <translation>تعذّر فتح المكتبة {path}: {error}.</translation>
    </message>
    <message>
        <source>The library {path} could not be prepared ({error}). {what_to_do}</source>
        <translation>تعذّر تجهيز المكتبة {path} ({error}). {what_to_do}</translation>
    </message>
    <message>
        <source>The library is read-only here: editing is turned off by the configuration.</source>
        <translation>المكتبة هنا للقراءة فقط: ملف الإعداد يعطّل التحرير.</translation>
    </message>
    <message>
        <source>No source has the id or uid {key}.</source>
        <translation>لا يوجد مصدر بالرقم أو المعرّف {key}.</translation>
    </message>
    <message numerus="yes">
        <source>The source {title} is cited %Ln time(s); point those records at another source before deleting it.</source>
        <translation>
            <numerusform>المصدر {title} مستشهد به %Ln مرة؛ اجعل هذه السجلات تشير إلى مصدر آخر قبل حذفه.</numerusform>
            <numerusform>المصدر {title} مستشهد به %Ln مرة؛ اجعل هذه السجلات تشير إلى مصدر آخر قبل حذفه.</numerusform>
            <numerusform>المصدر {title} مستشهد به %Ln مرتين؛ اجعل هذه السجلات تشير إلى مصدر آخر قبل حذفه.</numerusform>
            <numerusform>المصدر {title} مستشهد به %Ln مرات؛ اجعل هذه السجلات تشير إلى مصدر آخر قبل حذفه.</numerusform>
            <numerusform>المصدر {title} مستشهد به %Ln مرة؛ اجعل هذه السجلات تشير إلى مصدر آخر قبل حذفه.</numerusform>
            <numerusform>المصدر {title} مستشهد به %Ln مرة؛ اجعل هذه السجلات تشير إلى مصدر آخر قبل حذفه.</numerusform>
        </translation>
    </message>
    <message>
        <source>No item has the id or uid {key}.</source>
        <translation>لا يوجد عنصر بالرقم أو المعرّف {key}.</translation>
    </message>
    <message>
        <source>The item {title} was changed elsewhere (revision {revision}, you edited revision {expected}); reload it and apply your edit again.</source>
        <translation>عُدّل العنصر {title} في مكان آخر (المراجعة {revision}، وقد حرّرت المراجعة {expected})؛ أعد تحميله ثم طبّق تعديلك مرة أخرى.</translation>
    </message>
    <message>
        <source>Unknown sort order {order}; use one of {orders}.</source>
        <translation>ترتيب فرز غير معروف {order}؛ استخدم أحد الترتيبات التالية: {orders}.</translation>
    </message>
    <message>
        <source>The search {query} could not be run ({error}).</source>
        <translation>تعذّر تنفيذ البحث {query} ({error}).</translation>
    </message>
    <message>
        <source>No country has the code {code} (use ISO codes such as ETH or ET).</source>
        <translation>لا يوجد بلد بالرمز {code} (استخدم رموز ISO مثل ETH أو ET).</translation>
    </message>
    <message>
        <source>No country status has the id {id}.</source>
        <translation>لا يوجد وضع بلد بالرقم {id}.</translation>
    </message>
    <message>
        <source>integrity: {detail}</source>
        <translation>السلامة: {detail}</translation>
    </message>
    <message>
        <source>foreign key: {table} row {row} points to a missing {parent} record</source>
        <translation>مفتاح خارجي: الصف {row} في {table} يشير إلى سجل {parent} غير موجود</translation>
    </message>
    <message>
        <source>schema: version {version}, expected {expected}</source>
        <translation>المخطط: الإصدار {version}، والمتوقع {expected}</translation>
    </message>
    <message>
        <source>search index: {table} does not match the items ({error}); run &apos;briefing-builder library check --repair&apos;</source>
        <translation>فهرس البحث: {table} لا يطابق العناصر ({error})؛ شغّل «briefing-builder library check --repair»</translation>
    </message>
    <message>
        <source>database: {error}</source>
        <translation>قاعدة البيانات: {error}</translation>
    </message>
    <message>
        <source>This library is read-only here; it cannot be repaired.</source>
        <translation>هذه المكتبة للقراءة فقط هنا؛ لا يمكن إصلاحها.</translation>
    </message>
    <message>
        <source>incomplete SQL statement in migration: {statement}</source>
        <translation>عبارة SQL غير مكتملة في الترحيل: {statement}</translation>
    </message>
    <message>
        <source>the items table&apos;s kind constraint is not the one 0001 created</source>
        <translation>قيد النوع في الجدول items ليس القيد الذي أنشأه 0001</translation>
    </message>
</context>
<context>
    <name>LibraryCommand</name>
    <message>
        <source>Redone: {what}.</source>
        <translation>أُعيد: {what}.</translation>
    </message>
    <message>
        <source>Redoing “{what}”</source>
        <translation>إعادة «{what}»</translation>
    </message>
    <message>
        <source>Undone: {what}.</source>
        <translation>أُلغي: {what}.</translation>
    </message>
    <message>
        <source>Undoing “{what}”</source>
        <translation>التراجع عن «{what}»</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Search titles, text and tags… (Ctrl+F)</source>
        <translation>ابحث في العناوين والنصوص والوسوم… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>جميع الأنواع</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>التصفية حسب النوع</translation>
    </message>
    <message>
        <source>All frameworks</source>
        <translation>جميع الأطر</translation>
    </message>
    <message>
        <source>Framework filter</source>
        <translation>التصفية حسب الإطار</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>جميع الوسوم</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>التصفية حسب الوسم</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>جميع البلدان</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>التصفية حسب البلد</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>جميع اللغات</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>التصفية حسب اللغة</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>بحاجة إلى مراجعة</translation>
    </message>
    <message>
        <source>Only items whose review-by date has passed</source>
        <translation>العناصر التي فات موعد مراجعتها فقط</translation>
    </message>
    <message>
        <source>Needs review filter</source>
        <translation>تصفية «بحاجة إلى مراجعة»</translation>
    </message>
    <message>
        <source>&amp;New item</source>
        <translation>عنصر &amp;جديد</translation>
    </message>
    <message>
        <source>Add an item (Ctrl+N)</source>
        <translation>إضافة عنصر (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>م&amp;سح</translation>
    </message>
    <message>
        <source>Clear the search and every filter (Ctrl+Shift+L)</source>
        <translation>مسح البحث وجميع عوامل التصفية (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>مسح البحث وعوامل التصفية</translation>
    </message>
    <message>
        <source>Library items</source>
        <translation>عناصر المكتبة</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>ال&amp;عناصر</translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation>الم&amp;صادر</translation>
    </message>
    <message>
        <source>{filter}: {value}</source>
        <translation>{filter}: {value}</translation>
    </message>
    <message>
        <source>Loading the library</source>
        <translation>تحميل المكتبة</translation>
    </message>
    <message>
        <source>Showing the whole library: search and filters cleared.</source>
        <translation>تُعرض المكتبة كاملة: مُسح البحث وعوامل التصفية.</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln best matches (there are more: add words or filters to narrow the search)</source>
        <translation>
            <numerusform>لا نتائج (توجد نتائج أخرى: أضف كلمات أو عوامل تصفية لتضييق البحث)</numerusform>
            <numerusform>أفضل نتيجة (توجد نتائج أخرى: أضف كلمات أو عوامل تصفية لتضييق البحث)</numerusform>
            <numerusform>أفضل نتيجتين (توجد نتائج أخرى: أضف كلمات أو عوامل تصفية لتضييق البحث)</numerusform>
            <numerusform>أفضل %Ln نتائج (توجد نتائج أخرى: أضف كلمات أو عوامل تصفية لتضييق البحث)</numerusform>
            <numerusform>أفضل %Ln نتيجةً (توجد نتائج أخرى: أضف كلمات أو عوامل تصفية لتضييق البحث)</numerusform>
            <numerusform>أفضل %Ln نتيجة (توجد نتائج أخرى: أضف كلمات أو عوامل تصفية لتضييق البحث)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>لا عناصر</numerusform>
            <numerusform>عنصر واحد</numerusform>
            <numerusform>عنصران</numerusform>
            <numerusform>%Ln عناصر</numerusform>
            <numerusform>%Ln عنصرًا</numerusform>
            <numerusform>%Ln عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>No item selected: nothing matches the search and filters.</source>
        <translation>لم يُحدَّد أي عنصر: لا شيء يطابق البحث وعوامل التصفية.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>This item has changes that are not saved. Discard them?</source>
        <translation>في هذا العنصر تغييرات غير محفوظة. هل تريد تجاهلها؟</translation>
    </message>
    <message>
        <source>Edit “{title}”</source>
        <translation>تعديل «{title}»</translation>
    </message>
    <message>
        <source>Add “{title}”</source>
        <translation>إضافة «{title}»</translation>
    </message>
    <message>
        <source>Saved “{title}” (revision {revision}).</source>
        <translation>حُفظ «{title}» (المراجعة {revision}).</translation>
    </message>
    <message>
        <source>Saving the item</source>
        <translation>حفظ العنصر</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>حذف العنصر</translation>
    </message>
    <message>
        <source>Delete “{title}”?

You can undo this with Edit ▸ Undo.</source>
        <translation>هل تريد حذف «{title}»؟

يمكنك التراجع عن ذلك من تحرير ◂ تراجع.</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>حُذف «{title}».</translation>
    </message>
    <message>
        <source>Delete “{title}”</source>
        <translation>حذف «{title}»</translation>
    </message>
    <message>
        <source>Deleting the item</source>
        <translation>حذف العنصر</translation>
    </message>
    <message>
        <source>Reloading the sources</source>
        <translation>إعادة تحميل المصادر</translation>
    </message>
    <message>
        <source>Reloading the tags</source>
        <translation>إعادة تحميل الوسوم</translation>
    </message>
    <message>
        <source>Reloading the countries</source>
        <translation>إعادة تحميل البلدان</translation>
    </message>
</context>
<context>
    <name>LibraryStatsDialog</name>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>0 بايت</numerusform>
            <numerusform>بايت واحد</numerusform>
            <numerusform>بايتان</numerusform>
            <numerusform>%Ln بايتات</numerusform>
            <numerusform>%Ln بايتًا</numerusform>
            <numerusform>%Ln بايت</numerusform>
        </translation>
    </message>
    <message>
        <source>Library statistics</source>
        <translation>إحصاءات المكتبة</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>جارٍ العد…</translation>
    </message>
    <message>
        <source>Counting the library</source>
        <translation>عدّ محتويات المكتبة</translation>
    </message>
    <message>
        <source>{kind}: {count}</source>
        <translation>{kind}: {count}</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>ملف المكتبة</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>العناصر</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>حسب النوع</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>{countries}, of which {members} African Union members</source>
        <translation>{countries}، منها {members} من أعضاء الاتحاد الأفريقي</translation>
    </message>
    <message>
        <source>Country statuses</source>
        <translation>أوضاع البلدان</translation>
    </message>
    <message>
        <source>Items past their review date</source>
        <translation>عناصر فات موعد مراجعتها</translation>
    </message>
    <message>
        <source>Items whose source is missing</source>
        <translation>عناصر مصدرها مفقود</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>, the newest taken {moment}</source>
        <translation>، أحدثها في {moment}</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>حجم الملف</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation>إصدار الصيغة</translation>
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
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Sections of the app</source>
        <translation>أقسام التطبيق</translation>
    </message>
    <message>
        <source>  (read-only)</source>
        <translation>  (للقراءة فقط)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <source>A new item in the library, or a new pack on the Packs page</source>
        <translation>عنصر جديد في المكتبة، أو حزمة جديدة في صفحة الحزم</translation>
    </message>
    <message>
        <source>New &amp;pack</source>
        <translation>ح&amp;زمة جديدة</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>ب&amp;حث</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>المكت&amp;بة</translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation>البل&amp;دان</translation>
    </message>
    <message>
        <source>&amp;Packs</source>
        <translation>ال&amp;حزم</translation>
    </message>
    <message>
        <source>Pe&amp;ople</source>
        <translation>الأ&amp;شخاص</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>Add or update items from a JSON or CSV file</source>
        <translation>إضافة عناصر أو تحديثها من ملف JSON أو CSV</translation>
    </message>
    <message>
        <source>&amp;Export the library…</source>
        <translation>&amp;تصدير المكتبة…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;نسخ احتياطي الآن</translation>
    </message>
    <message>
        <source>Write a consistent copy to the backups folder</source>
        <translation>كتابة نسخة متسقة في مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Restore backup…</source>
        <translation>ا&amp;ستعادة نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Put a backup back in place of the library</source>
        <translation>وضع نسخة احتياطية مكان المكتبة</translation>
    </message>
    <message>
        <source>&amp;Check library…</source>
        <translation>&amp;فحص المكتبة…</translation>
    </message>
    <message>
        <source>Integrity, foreign keys and search index; repair what can be repaired</source>
        <translation>السلامة والمفاتيح الخارجية وفهرس البحث؛ وإصلاح ما يمكن إصلاحه</translation>
    </message>
    <message>
        <source>Library s&amp;tatistics…</source>
        <translation>إ&amp;حصاءات المكتبة…</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>مسح &amp;عوامل التصفية</translation>
    </message>
    <message>
        <source>Show the whole library again: empty search, every filter back to All</source>
        <translation>عرض المكتبة كاملة من جديد: بحث فارغ وكل عوامل التصفية على «الكل»</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Export the pack as Word and/or PDF</source>
        <translation>تصدير الحزمة بصيغة Word و/أو PDF</translation>
    </message>
    <message>
        <source>Refresh the &amp;preview</source>
        <translation>تحديث ال&amp;معاينة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>الد&amp;ليل</translation>
    </message>
    <message>
        <source>The documentation shipped with the app (works offline)</source>
        <translation>الوثائق المرفقة بالتطبيق (تعمل دون اتصال)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;حول {app}</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>حُفظت المسودة.</translation>
    </message>
    <message>
        <source>Import into the library</source>
        <translation>الاستيراد إلى المكتبة</translation>
    </message>
    <message>
        <source>Library files (*.json *.csv);;All files (*)</source>
        <translation>ملفات المكتبة (*.json *.csv);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Imported {file}: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>استُورد {file}: المضاف {added}، المحدَّث {updated}، دون تغيير {unchanged}.</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>استيراد {file}</translation>
    </message>
    <message>
        <source>Export the library</source>
        <translation>تصدير المكتبة</translation>
    </message>
    <message>
        <source>Library exchange file (*.json);;Items as CSV (*.csv)</source>
        <translation>ملف تبادل المكتبة (*.json);;العناصر بصيغة CSV ‏(*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln item(s) to {path}.</source>
        <translation>
            <numerusform>لم يُصدَّر أي عنصر إلى {path}.</numerusform>
            <numerusform>صُدّر عنصر واحد إلى {path}.</numerusform>
            <numerusform>صُدّر عنصران إلى {path}.</numerusform>
            <numerusform>صُدّرت %Ln عناصر إلى {path}.</numerusform>
            <numerusform>صُدّر %Ln عنصرًا إلى {path}.</numerusform>
            <numerusform>صُدّر %Ln عنصر إلى {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the library</source>
        <translation>تصدير المكتبة</translation>
    </message>
    <message>
        <source>Backed up the library to {target}.</source>
        <translation>نُسخت المكتبة احتياطيًا في {target}.</translation>
    </message>
    <message>
        <source>Backing up the library</source>
        <translation>النسخ الاحتياطي للمكتبة</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>حُفظت الإعدادات.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Ctrl+1 / Ctrl+2 / Ctrl+3 / Ctrl+4    Library, Countries, Packs, People</source>
        <translation>Ctrl+1 / Ctrl+2 / Ctrl+3 / Ctrl+4    المكتبة، البلدان، الحزم، الأشخاص</translation>
    </message>
    <message>
        <source>Ctrl+F    Search the library</source>
        <translation>Ctrl+F    البحث في المكتبة</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L    Clear the library&apos;s search and filters</source>
        <translation>Ctrl+Shift+L    مسح البحث وعوامل التصفية في المكتبة</translation>
    </message>
    <message>
        <source>Ctrl+N    New item (or new pack on the Packs page)</source>
        <translation>Ctrl+N    عنصر جديد (أو حزمة جديدة في صفحة الحزم)</translation>
    </message>
    <message>
        <source>Ctrl+S    Save the item (or the draft)</source>
        <translation>Ctrl+S    حفظ العنصر (أو المسودة)</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z    Undo / redo on the page in front of you (in a text field: its typing)</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z    التراجع / الإعادة في الصفحة المعروضة (في حقل نصي: ما كُتب فيه)</translation>
    </message>
    <message>
        <source>Ctrl+E    Export the pack</source>
        <translation>Ctrl+E    تصدير الحزمة</translation>
    </message>
    <message>
        <source>F5    Refresh the preview</source>
        <translation>F5    تحديث المعاينة</translation>
    </message>
    <message>
        <source>F1    The manual</source>
        <translation>F1    الدليل</translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down    Move an item in the pack outline</source>
        <translation>Alt+أعلى / Alt+أسفل    نقل عنصر في مخطط الحزمة</translation>
    </message>
    <message>
        <source>Space    Tick or untick in the outline</source>
        <translation>مسافة    تحديد أو إلغاء التحديد في المخطط</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>The person you are editing has unsaved changes. Quit without saving them?</source>
        <translation>في بيانات الشخص الذي تحرره تغييرات غير محفوظة. هل تريد الخروج دون حفظها؟</translation>
    </message>
    <message>
        <source>The item you are editing has unsaved changes. Quit without saving them?</source>
        <translation>في العنصر الذي تحرره تغييرات غير محفوظة. هل تريد الخروج دون حفظها؟</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <source>Briefing Builder manual</source>
        <translation>دليل Briefing Builder</translation>
    </message>
    <message>
        <source>Manual contents</source>
        <translation>محتويات الدليل</translation>
    </message>
    <message>
        <source>For IT staff</source>
        <translation>لموظفي تقنية المعلومات</translation>
    </message>
    <message>
        <source>Manual page</source>
        <translation>صفحة الدليل</translation>
    </message>
    <message>
        <source>Find in this page…</source>
        <translation>البحث في هذه الصفحة…</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>ب&amp;حث:</translation>
    </message>
    <message>
        <source>Find in this page</source>
        <translation>البحث في هذه الصفحة</translation>
    </message>
    <message>
        <source>The manual&apos;s files were not found next to the app.</source>
        <translation>لم يُعثر على ملفات الدليل بجانب التطبيق.</translation>
    </message>
    <message>
        <source>Link to {url} (not opened: the app works offline).</source>
        <translation>رابط إلى {url} (لم يُفتح: يعمل التطبيق دون اتصال).</translation>
    </message>
    <message>
        <source>{url} is not part of the manual shipped with the app.</source>
        <translation>{url} ليس جزءًا من الدليل المرفق بالتطبيق.</translation>
    </message>
    <message>
        <source>“{text}” is not on this page.</source>
        <translation>«{text}» غير موجود في هذه الصفحة.</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>names {person}, which is not a person in the library: choose one from the library, or type the name</source>
        <translation>يشير إلى {person}، وهو ليس شخصًا في المكتبة: اختر شخصًا من المكتبة أو اكتب الاسم</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>اللقاء</translation>
    </message>
    <message>
        <source>meeting, prepared by</source>
        <translation>اللقاء، أعدّه</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>must be a table of the meeting&apos;s fields</source>
        <translation>يجب أن يكون جدولًا بحقول اللقاء</translation>
    </message>
    <message>
        <source>must be a list of attendees</source>
        <translation>يجب أن يكون قائمة مشاركين</translation>
    </message>
    <message>
        <source>must be a list of names</source>
        <translation>يجب أن يكون قائمة أسماء</translation>
    </message>
    <message>
        <source>must be a table: name, desk, telephone, email</source>
        <translation>يجب أن يكون جدولًا: name و desk و telephone و email</translation>
    </message>
    <message>
        <source>must be one of {options}, not {value}</source>
        <translation>يجب أن يكون إحدى القيم التالية: {options}، لا {value}</translation>
    </message>
    <message>
        <source>must be a time written HH:MM (24-hour), not {value}</source>
        <translation>يجب أن يكون وقتًا بالصيغة HH:MM (نظام 24 ساعة)، لا {value}</translation>
    </message>
    <message>
        <source>must be an IANA time zone such as Africa/Addis_Ababa, not {value}</source>
        <translation>يجب أن يكون منطقة زمنية من IANA مثل Africa/Addis_Ababa، لا {value}</translation>
    </message>
    <message>
        <source>is required with a time (an IANA name such as Africa/Addis_Ababa)</source>
        <translation>مطلوب عند تحديد وقت (اسم IANA مثل Africa/Addis_Ababa)</translation>
    </message>
    <message>
        <source>must be a whole number of minutes from 0 to 1440</source>
        <translation>يجب أن يكون عددًا صحيحًا من الدقائق بين 0 و1440</translation>
    </message>
    <message>
        <source>lists {count} attendees; the limit is {limit}</source>
        <translation>يضم {count} مشاركًا؛ والحد الأقصى {limit}</translation>
    </message>
    <message>
        <source>must be a person&apos;s uid from the library</source>
        <translation>يجب أن يكون معرّف شخص من المكتبة</translation>
    </message>
    <message>
        <source>is required (or choose a person from the library)</source>
        <translation>مطلوب (أو اختر شخصًا من المكتبة)</translation>
    </message>
    <message>
        <source>may hold only digits, spaces, + ( ) . / -</source>
        <translation>لا يجوز أن يحتوي إلا على أرقام ومسافات و + ( ) . / -</translation>
    </message>
    <message>
        <source>is not an e-mail address: {value}</source>
        <translation>ليس عنوان بريد إلكتروني: {value}</translation>
    </message>
    <message>
        <source>meeting, our side attendee {number}</source>
        <translation>اللقاء، وفدنا، المشارك {number}</translation>
    </message>
    <message>
        <source>meeting, their side attendee {number}</source>
        <translation>اللقاء، وفد الطرف الآخر، المشارك {number}</translation>
    </message>
    <message>
        <source>meeting, interpreter {number}</source>
        <translation>اللقاء، المترجم الفوري {number}</translation>
    </message>
    <message>
        <source>must be a table: person (a library uid) or name, and role</source>
        <translation>يجب أن يكون جدولًا: person (معرّف من المكتبة) أو name، و role</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>“{typed}” could be {zones}: choose one.</source>
        <translation>«{typed}» قد يكون {zones}: اختر واحدًا.</translation>
    </message>
    <message>
        <source>“{typed}” is not a time zone: type a city such as Addis Ababa, or a name such as Africa/Addis_Ababa.</source>
        <translation>«{typed}» ليست منطقة زمنية: اكتب مدينة مثل أديس أبابا، أو اسمًا مثل Africa/Addis_Ababa.</translation>
    </message>
    <message>
        <source>our side attendee {number}</source>
        <translation>وفدنا، المشارك {number}</translation>
    </message>
    <message>
        <source>their side attendee {number}</source>
        <translation>وفد الطرف الآخر، المشارك {number}</translation>
    </message>
    <message>
        <source>interpreter {number}</source>
        <translation>المترجم الفوري {number}</translation>
    </message>
    <message>
        <source>prepared by</source>
        <translation>أعدّه</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>role</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>{place}: {field} {message}</source>
        <translation>{place}: {field} {message}</translation>
    </message>
    <message>
        <source>Why the meeting is held and what we want from it</source>
        <translation>سبب عقد اللقاء وما نريده منه</translation>
    </message>
    <message>
        <source>Purp&amp;ose:</source>
        <translation>ال&amp;غرض:</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <source>Bilateral</source>
        <translation>ثنائي</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>جلسة عامة</translation>
    </message>
    <message>
        <source>Pull-aside</source>
        <translation>لقاء جانبي</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>مكالمة</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>ال&amp;شكل:</translation>
    </message>
    <message>
        <source>Ve&amp;nue:</source>
        <translation>ال&amp;مكان:</translation>
    </message>
    <message>
        <source>e.g. the Ministry, room 4</source>
        <translation>مثلًا الوزارة، القاعة 4</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: the pack&apos;s date)</source>
        <translation>YYYY-MM-DD (فارغ: تاريخ الحزمة)</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>ال&amp;وقت:</translation>
    </message>
    <message>
        <source>HH:MM, 24-hour, local time</source>
        <translation>HH:MM، بنظام 24 ساعة، بالتوقيت المحلي</translation>
    </message>
    <message>
        <source>a city or an IANA name</source>
        <translation>مدينة أو اسم IANA</translation>
    </message>
    <message>
        <source>The meeting&apos;s time zone: type a city (Addis Ababa) or an IANA name (Africa/Addis_Ababa)</source>
        <translation>المنطقة الزمنية للقاء: اكتب مدينة (Addis Ababa) أو اسم IANA (Africa/Addis_Ababa)</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>المنطقة ال&amp;زمنية:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>غير محددة</translation>
    </message>
    <message>
        <source>Du&amp;ration:</source>
        <translation>المد&amp;ة:</translation>
    </message>
    <message>
        <source>Our delegation</source>
        <translation>وفدنا</translation>
    </message>
    <message>
        <source>Their delegation</source>
        <translation>وفد الطرف الآخر</translation>
    </message>
    <message>
        <source>Our dele&amp;gation:</source>
        <translation>و&amp;فدنا:</translation>
    </message>
    <message>
        <source>&amp;Their delegation:</source>
        <translation>وفد الطرف الآ&amp;خر:</translation>
    </message>
    <message>
        <source>Interpreter&amp;s:</source>
        <translation>المترجمون الفو&amp;ريون:</translation>
    </message>
    <message>
        <source>names, separated by commas</source>
        <translation>أسماء مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Meeting, time zone: %s</source>
        <translation>اللقاء، المنطقة الزمنية: %s</translation>
    </message>
</context>
<context>
    <name>MeetingPart</name>
    <message>
        <source>Pack</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>اللقاء</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>What the pack is: template, country, recipient, date, language</source>
        <translation>ما هي الحزمة: القالب، البلد، المستلم، التاريخ، اللغة</translation>
    </message>
    <message>
        <source>The meeting: when, where, format, who attends (Ctrl+Tab)</source>
        <translation>اللقاء: متى وأين وبأي شكل ومن يحضره (Ctrl+Tab)</translation>
    </message>
    <message>
        <source>File reference, who prepared and cleared the brief, annexes</source>
        <translation>الرقم المرجعي للملف، ومن أعدّ المذكرة ومن اعتمدها، والمرفقات</translation>
    </message>
    <message>
        <source>Searching the library&apos;s people failed: %s</source>
        <translation>فشل البحث عن الأشخاص في المكتبة: %s</translation>
    </message>
    <message>
        <source>Meeting, %s</source>
        <translation>اللقاء، %s</translation>
    </message>
    <message>
        <source>{place}, field &apos;{field}&apos;: {message}</source>
        <translation>{place}، الحقل «{field}»: {message}</translation>
    </message>
    <message>
        <source>{place}: {message}</source>
        <translation>{place}: {message}</translation>
    </message>
    <message>
        <source>field &apos;{field}&apos;: {message}</source>
        <translation>الحقل «{field}»: {message}</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <source>Pac&amp;k outline</source>
        <translation>م&amp;خطط الحزمة</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>إضافة عنصر…</translation>
    </message>
    <message>
        <source>Add an item from the library</source>
        <translation>إضافة عنصر من المكتبة</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move the item up</source>
        <translation>نقل العنصر لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Move the item down</source>
        <translation>نقل العنصر لأسفل</translation>
    </message>
    <message>
        <source>Text added for this meeting (lines to take, notes):</source>
        <translation>نص مضاف لهذا اللقاء (نقاط الحديث، ملاحظات):</translation>
    </message>
    <message>
        <source>Select a section, then write here. Blank lines separate paragraphs.</source>
        <translation>حدّد قسمًا ثم اكتب هنا. تفصل الأسطر الفارغة بين الفقرات.</translation>
    </message>
    <message>
        <source>Text added to the selected section</source>
        <translation>النص المضاف إلى القسم المحدد</translation>
    </message>
    <message>
        <source>Printed at the end of the selected section; blank lines separate paragraphs</source>
        <translation>يُطبع في نهاية القسم المحدد؛ تفصل الأسطر الفارغة بين الفقرات</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>التحذيرات</translation>
    </message>
    <message>
        <source>Items past their review date, missing statuses and other problems</source>
        <translation>عناصر فات موعد مراجعتها وأوضاع ناقصة ومشكلات أخرى</translation>
    </message>
    <message>
        <source>No warnings: every item is within its review date.</source>
        <translation>لا تحذيرات: كل العناصر ضمن موعد مراجعتها.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s) with no %1 version — Translate…</source>
        <translation>
            <numerusform>لا توجد مقاطع بلا نسخة ب%1 — ترجمة…</numerusform>
            <numerusform>مقطع واحد بلا نسخة ب%1 — ترجمة…</numerusform>
            <numerusform>مقطعان بلا نسخة ب%1 — ترجمة…</numerusform>
            <numerusform>%Ln مقاطع بلا نسخة ب%1 — ترجمة…</numerusform>
            <numerusform>%Ln مقطعًا بلا نسخة ب%1 — ترجمة…</numerusform>
            <numerusform>%Ln مقطع بلا نسخة ب%1 — ترجمة…</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click or press Enter to translate them side by side</source>
        <translation>انقر نقرًا مزدوجًا أو اضغط Enter لترجمتها جنبًا إلى جنب</translation>
    </message>
</context>
<context>
    <name>OutlineTree</name>
    <message>
        <source>Pack outline</source>
        <translation>مخطط الحزمة</translation>
    </message>
    <message>
        <source>Sections and items of the pack. Space ticks or unticks; Alt+Up and Alt+Down move an item; Enter or a double-click shows its page in the preview.</source>
        <translation>أقسام الحزمة وعناصرها. مفتاح المسافة يحدد أو يلغي التحديد؛ Alt+أعلى وAlt+أسفل ينقلان العنصر؛ Enter أو النقر المزدوج يعرض صفحته في المعاينة.</translation>
    </message>
    <message>
        <source>Untick to leave out; drag, or Alt+Up/Alt+Down, to reorder; double-click to see its page</source>
        <translation>ألغِ التحديد للاستبعاد؛ اسحب أو استخدم Alt+أعلى/Alt+أسفل لإعادة الترتيب؛ انقر نقرًا مزدوجًا لرؤية صفحته</translation>
    </message>
    <message>
        <source>Text only: holds no library items</source>
        <translation>نص فقط: لا يحتوي على عناصر من المكتبة</translation>
    </message>
    <message>
        <source>Review was due on {date}</source>
        <translation>كان موعد المراجعة {date}</translation>
    </message>
</context>
<context>
    <name>PackBuilderPage</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>القالب</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Also</source>
        <translation>بلدان أخرى</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>المستلم</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>المناسبة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>حجم الورق</translation>
    </message>
    <message>
        <source>only text (the template&apos;s and yours)</source>
        <translation>نصًا فقط (نص القالب ونصك)</translation>
    </message>
    <message>
        <source>a summary written from the rest of the pack</source>
        <translation>ملخصًا يُكتب من بقية الحزمة</translation>
    </message>
    <message>
        <source>the list of sources cited</source>
        <translation>قائمة المصادر المذكورة</translation>
    </message>
    <message>
        <source>the country&apos;s own record</source>
        <translation>السجل الخاص بالبلد</translation>
    </message>
    <message>
        <source>a table of the countries&apos; statuses</source>
        <translation>جدولًا بأوضاع البلدان</translation>
    </message>
    <message>
        <source>Saved pack drafts</source>
        <translation>مسودات الحزم المحفوظة</translation>
    </message>
    <message>
        <source>Choose a draft to open it; drafts are saved as you work</source>
        <translation>اختر مسودة لفتحها؛ تُحفظ المسودات أثناء عملك</translation>
    </message>
    <message>
        <source>Dr&amp;aft:</source>
        <translation>ال&amp;مسودة:</translation>
    </message>
    <message>
        <source>Ne&amp;w pack</source>
        <translation>حزمة &amp;جديدة</translation>
    </message>
    <message>
        <source>Start a new pack (Ctrl+N)</source>
        <translation>بدء حزمة جديدة (Ctrl+N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>ت&amp;كرار</translation>
    </message>
    <message>
        <source>Save a copy of this draft and open it</source>
        <translation>حفظ نسخة من هذه المسودة وفتحها</translation>
    </message>
    <message>
        <source>Delete draft…</source>
        <translation>حذف المسودة…</translation>
    </message>
    <message>
        <source>Delete this draft (asks first)</source>
        <translation>حذف هذه المسودة (بعد التأكيد)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>المعاينة</translation>
    </message>
    <message>
        <source>Show or hide the preview (more room for the outline on a small screen)</source>
        <translation>إظهار المعاينة أو إخفاؤها (مساحة أكبر للمخطط على شاشة صغيرة)</translation>
    </message>
    <message>
        <source>Pressed while the preview is shown</source>
        <translation>يبقى مضغوطًا ما دامت المعاينة معروضة</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>Export the pack as Word and/or PDF (Ctrl+E)</source>
        <translation>تصدير الحزمة بصيغة Word و/أو PDF ‏(Ctrl+E)</translation>
    </message>
    <message>
        <source>New pack</source>
        <translation>حزمة جديدة</translation>
    </message>
    <message>
        <source>Duplicate draft</source>
        <translation>تكرار المسودة</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>حذف المسودة</translation>
    </message>
    <message>
        <source>Show the preview</source>
        <translation>إظهار المعاينة</translation>
    </message>
    <message>
        <source>Export the pack</source>
        <translation>تصدير الحزمة</translation>
    </message>
    <message>
        <source>Loading the countries</source>
        <translation>تحميل البلدان</translation>
    </message>
    <message>
        <source>{name} — {country}, saved {saved}</source>
        <translation>{name} — {country}، حُفظ في {saved}</translation>
    </message>
    <message>
        <source>New pack {date}</source>
        <translation>حزمة جديدة {date}</translation>
    </message>
    <message>
        <source>Opening the draft</source>
        <translation>فتح المسودة</translation>
    </message>
    <message>
        <source>Duplicated as “{name}”.</source>
        <translation>كُرّرت باسم «{name}».</translation>
    </message>
    <message>
        <source>Delete the draft “{name}”?</source>
        <translation>هل تريد حذف المسودة «{name}»؟</translation>
    </message>
    <message>
        <source>Untitled pack</source>
        <translation>حزمة بلا عنوان</translation>
    </message>
    <message>
        <source>The draft could not be saved: {error}</source>
        <translation>تعذّر حفظ المسودة: {error}</translation>
    </message>
    <message>
        <source>Edit Name</source>
        <translation>تعديل الاسم</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>تعديل: {field}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Change {field} to &apos;{value}&apos;</source>
        <translation>تغيير {field} إلى «{value}»</translation>
    </message>
    <message>
        <source>Include &apos;{title}&apos;</source>
        <translation>تضمين «{title}»</translation>
    </message>
    <message>
        <source>Leave out &apos;{title}&apos;</source>
        <translation>استبعاد «{title}»</translation>
    </message>
    <message>
        <source>Include section &apos;{title}&apos;</source>
        <translation>تضمين القسم «{title}»</translation>
    </message>
    <message>
        <source>Leave out section &apos;{title}&apos;</source>
        <translation>استبعاد القسم «{title}»</translation>
    </message>
    <message>
        <source>Move &apos;{title}&apos; up</source>
        <translation>نقل «{title}» لأعلى</translation>
    </message>
    <message>
        <source>Move &apos;{title}&apos; down</source>
        <translation>نقل «{title}» لأسفل</translation>
    </message>
    <message>
        <source>Select a section first.</source>
        <translation>حدّد قسمًا أولًا.</translation>
    </message>
    <message>
        <source>Add &apos;{title}&apos; to &apos;{section}&apos;</source>
        <translation>إضافة «{title}» إلى «{section}»</translation>
    </message>
    <message>
        <source>Select a section that lists items (such as Lines to take) to add an item to it.</source>
        <translation>حدّد قسمًا يضم عناصر (مثل نقاط الحديث) لإضافة عنصر إليه.</translation>
    </message>
    <message>
        <source>no library items</source>
        <translation>لا عناصر من المكتبة</translation>
    </message>
    <message>
        <source>“{section}” holds {what}; library items can only be added to sections that list items.</source>
        <translation>يحتوي «{section}» على {what}؛ لا تُضاف عناصر المكتبة إلا إلى الأقسام التي تضم عناصر.</translation>
    </message>
    <message>
        <source>Text added to “{section}” for this meeting:</source>
        <translation>نص مضاف إلى «{section}» لهذا اللقاء:</translation>
    </message>
    <message>
        <source>Text added to the selected section for this meeting:</source>
        <translation>نص مضاف إلى القسم المحدد لهذا اللقاء:</translation>
    </message>
    <message>
        <source>Edit the text of &apos;{section}&apos;</source>
        <translation>تعديل نص «{section}»</translation>
    </message>
    <message>
        <source>Open or start a pack first.</source>
        <translation>افتح حزمة أو ابدأ واحدة أولًا.</translation>
    </message>
    <message>
        <source>Pin an item from the library into the selected section</source>
        <translation>تثبيت عنصر من المكتبة في القسم المحدد</translation>
    </message>
    <message>
        <source>Move the selected item up (Alt+Up)</source>
        <translation>نقل العنصر المحدد لأعلى (Alt+أعلى)</translation>
    </message>
    <message>
        <source>Select an item (not a section) that can move up</source>
        <translation>حدّد عنصرًا (لا قسمًا) يمكن نقله لأعلى</translation>
    </message>
    <message>
        <source>Move the selected item down (Alt+Down)</source>
        <translation>نقل العنصر المحدد لأسفل (Alt+أسفل)</translation>
    </message>
    <message>
        <source>Select an item (not a section) that can move down</source>
        <translation>حدّد عنصرًا (لا قسمًا) يمكن نقله لأسفل</translation>
    </message>
    <message>
        <source>Cannot export: {problems}</source>
        <translation>يتعذّر التصدير: {problems}</translation>
    </message>
    <message>
        <source>Preview shows the last valid choices. {problems}</source>
        <translation>تعرض المعاينة آخر اختيارات صالحة. {problems}</translation>
    </message>
    <message>
        <source>Cannot assemble this pack: {error}</source>
        <translation>يتعذّر تجميع هذه الحزمة: {error}</translation>
    </message>
    <message>
        <source>“{title}” was added to “{section}”, which holds no library items, so it is not in the pack.</source>
        <translation>أُضيف «{title}» إلى «{section}» الذي لا يضم عناصر من المكتبة، لذا فهو ليس في الحزمة.</translation>
    </message>
    <message>
        <source>Preview: updating…</source>
        <translation>المعاينة: جارٍ التحديث…</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %Ln page(s), as it will print</source>
        <translation>
            <numerusform>المعاينة: لا صفحات، كما ستُطبع</numerusform>
            <numerusform>المعاينة: صفحة واحدة، كما ستُطبع</numerusform>
            <numerusform>المعاينة: صفحتان، كما ستُطبع</numerusform>
            <numerusform>المعاينة: %Ln صفحات، كما ستُطبع</numerusform>
            <numerusform>المعاينة: %Ln صفحةً، كما ستُطبع</numerusform>
            <numerusform>المعاينة: %Ln صفحة، كما ستُطبع</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview failed: {error}</source>
        <translation>فشلت المعاينة: {error}</translation>
    </message>
    <message>
        <source>That section is left out of the pack.</source>
        <translation>هذا القسم مستبعد من الحزمة.</translation>
    </message>
    <message>
        <source>That section has nothing to print yet, or the preview is still being drawn.</source>
        <translation>ليس في هذا القسم ما يُطبع بعد، أو أن المعاينة لا تزال قيد الرسم.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}.</source>
        <translation>الصفحة {page} من {pages}.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was changed.</source>
        <translation>أُلغي التصدير؛ لم يتغير أي ملف.</translation>
    </message>
    <message>
        <source>Building the pack…</source>
        <translation>جارٍ إنشاء الحزمة…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>تقدّم التصدير</translation>
    </message>
    <message>
        <source>Exported {files} to {folder}.</source>
        <translation>صُدّر إلى {folder}: {files}.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>فشل التصدير: {error}</translation>
    </message>
</context>
<context>
    <name>PackForm</name>
    <message>
        <source>US Letter</source>
        <translation>Letter الأمريكي</translation>
    </message>
    <message>
        <source>The draft&apos;s name, shown in the list of drafts (not printed)</source>
        <translation>اسم المسودة، يظهر في قائمة المسودات (لا يُطبع)</translation>
    </message>
    <message>
        <source>The counterpart country: type its name in English, French, Portuguese or Arabic, or its ISO code, or pick it from the list</source>
        <translation>البلد المحاور: اكتب اسمه بالإنجليزية أو الفرنسية أو البرتغالية أو العربية، أو رمز ISO الخاص به، أو اختره من القائمة</translation>
    </message>
    <message>
        <source>more countries side by side, e.g. KEN, ZAF</source>
        <translation>بلدان أخرى للمقارنة، مثل KEN, ZAF</translation>
    </message>
    <message>
        <source>More countries for a side-by-side pack, separated by commas</source>
        <translation>بلدان أخرى لحزمة مقارنة، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>e.g. Hon. A. Minister</source>
        <translation>مثال: معالي الوزير أ.</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>الا&amp;سم</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>ال&amp;قالب</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>ال&amp;بلد</translation>
    </message>
    <message>
        <source>Al&amp;so</source>
        <translation>بلدان أ&amp;خرى</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>الم&amp;ستلم</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>ال&amp;منصب</translation>
    </message>
    <message>
        <source>Eve&amp;nt</source>
        <translation>المنا&amp;سبة</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>التا&amp;ريخ</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>Class&amp;ification</source>
        <translation>التص&amp;نيف</translation>
    </message>
    <message>
        <source>Paper si&amp;ze</source>
        <translation>&amp;حجم الورق</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>Also, more countries</source>
        <translation>بلدان أخرى للمقارنة</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>Also: {problem}</source>
        <translation>بلدان أخرى: {problem}</translation>
    </message>
</context>
<context>
    <name>PackWarning</name>
    <message numerus="yes">
        <source>%Ln pages</source>
        <translation>
            <numerusform>لا صفحات</numerusform>
            <numerusform>صفحة واحدة</numerusform>
            <numerusform>صفحتين</numerusform>
            <numerusform>%Ln صفحات</numerusform>
            <numerusform>%Ln صفحة</numerusform>
            <numerusform>%Ln صفحة</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF runs to {pages} pages; this template should fit on {limit}. Shorten or hide sections, or lower their limits.</source>
        <translation>يقع ملف PDF في {pages} صفحات؛ وينبغي أن يتسع هذا القالب في {limit}. اختصر الأقسام أو أخفها، أو خفّض حدودها.</translation>
    </message>
    <message>
        <source>The marking {marking} is not one of the configured markings ({markings}); it is treated as the highest.</source>
        <translation>التصنيف {marking} ليس من التصنيفات المضبوطة ({markings})؛ ويُعامل على أنه الأعلى.</translation>
    </message>
    <message>
        <source>The pack is marked {marking}, above the {chosen} chosen, because it includes items marked so.</source>
        <translation>صُنّفت الحزمة {marking}، أعلى من التصنيف المختار {chosen}، لأنها تتضمن عناصر مصنفة كذلك.</translation>
    </message>
    <message>
        <source>The template {template} shows one country: {countries} left out (only a template that shows countries side by side, such as &apos;country-profile&apos;, takes more).</source>
        <translation>يعرض القالب {template} بلدًا واحدًا: استُبعد {countries} (لا يقبل أكثر من بلد إلا قالب يعرض البلدان جنبًا إلى جنب، مثل «country-profile»).</translation>
    </message>
    <message>
        <source>nothing in the library matches it for this pack</source>
        <translation>لا شيء في المكتبة يطابقه لهذه الحزمة</translation>
    </message>
    <message>
        <source>The section “{title}” is left out: {reason}.</source>
        <translation>استُبعد القسم «{title}»: {reason}.</translation>
    </message>
    <message>
        <source>An item pinned to &apos;{section}&apos; ({uid}) is no longer in the library.</source>
        <translation>عنصر مثبّت في «{section}» ‏({uid}) لم يعد في المكتبة.</translation>
    </message>
    <message>
        <source>“{title}” was due for review on {date}; check it is still true.</source>
        <translation>كان موعد مراجعة «{title}» في {date}؛ تحقق من أنه لا يزال صحيحًا.</translation>
    </message>
    <message>
        <source>the pack gives no details of the meeting</source>
        <translation>لا تذكر الحزمة تفاصيل الاجتماع</translation>
    </message>
    <message>
        <source>the pack gives no purpose</source>
        <translation>لا تذكر الحزمة الغرض</translation>
    </message>
    <message>
        <source>no one on the other side is a person from the library</source>
        <translation>لا أحد من الطرف الآخر شخص من المكتبة</translation>
    </message>
    <message>
        <source>the pack lists no attendees</source>
        <translation>لا تذكر الحزمة أي حاضرين</translation>
    </message>
    <message>
        <source>no files are attached</source>
        <translation>لا توجد ملفات مرفقة</translation>
    </message>
    <message>
        <source>the pack names no responsible official</source>
        <translation>لا تسمّي الحزمة أي مسؤول</translation>
    </message>
    <message>
        <source>The attendee {name} names {person}, which is not a person in the library; only the typed name and role are printed.</source>
        <translation>يشير الحاضر {name} إلى {person}، وهو ليس شخصًا في المكتبة؛ لا يُطبع إلا الاسم والصفة المكتوبان.</translation>
    </message>
    <message>
        <source>The annex {path} {reason}; it is left out.</source>
        <translation>المرفق {path} {reason}؛ ولذلك لم يُدرج.</translation>
    </message>
    <message>
        <source>the section “{heading}” is hidden</source>
        <translation>القسم «{heading}» مخفي</translation>
    </message>
    <message>
        <source>the template “{template}” does not print annexes</source>
        <translation>القالب «{template}» لا يطبع المرفقات</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln annexes given ({names}) are left out: {why}. Choose a template with an annexes section to attach them.</source>
        <translation>
            <numerusform>لم تُدرج المرفقات المحددة ({names}): {why}. اختر قالبًا فيه قسم للمرفقات لإرفاقها.</numerusform>
            <numerusform>لم يُدرج المرفق المحدد ({names}): {why}. اختر قالبًا فيه قسم للمرفقات لإرفاقه.</numerusform>
            <numerusform>لم يُدرج المرفقان المحددان ({names}): {why}. اختر قالبًا فيه قسم للمرفقات لإرفاقهما.</numerusform>
            <numerusform>لم تُدرج المرفقات المحددة وعددها %Ln ({names}): {why}. اختر قالبًا فيه قسم للمرفقات لإرفاقها.</numerusform>
            <numerusform>لم تُدرج المرفقات المحددة وعددها %Ln ({names}): {why}. اختر قالبًا فيه قسم للمرفقات لإرفاقها.</numerusform>
            <numerusform>لم تُدرج المرفقات المحددة وعددها %Ln ({names}): {why}. اختر قالبًا فيه قسم للمرفقات لإرفاقها.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” was due for review on {date}; check the role and biography are still true.</source>
        <translation>كان موعد مراجعة «{name}» في {date}؛ تحقق من أن الصفة والسيرة لا تزالان صحيحتين.</translation>
    </message>
    <message>
        <source>item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>status of</source>
        <translation>وضع</translation>
    </message>
    <message>
        <source>No {language} version of the {fields} of {record} “{label}” ({key}): the {original} original is used, marked as such.</source>
        <translation>لا توجد نسخة بلغة {language} من {fields} في {record} «{label}» ‏({key}): يُستخدم الأصل ({original}) مع الإشارة إلى ذلك.</translation>
    </message>
    <message numerus="yes">
        <source>{characters} and %Ln more</source>
        <translation>
            <numerusform>{characters}</numerusform>
            <numerusform>{characters} وحرف آخر</numerusform>
            <numerusform>{characters} وحرفان آخران</numerusform>
            <numerusform>{characters} و%Ln أحرف أخرى</numerusform>
            <numerusform>{characters} و%Ln حرفًا آخر</numerusform>
            <numerusform>{characters} و%Ln حرف آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}” holds characters no bundled font can draw, which would print as □: {characters}. Replace them, or add a font that has them.</source>
        <translation>يحتوي «{title}» على أحرف لا يرسمها أي خط مرفق، وستُطبع على شكل □: {characters}. استبدلها، أو أضف خطًا يحتويها.</translation>
    </message>
    <message>
        <source>The cover holds characters no bundled font can draw, which would print as □: {characters}.</source>
        <translation>يحتوي الغلاف على أحرف لا يرسمها أي خط مرفق، وستُطبع على شكل □: {characters}.</translation>
    </message>
    <message>
        <source>The section “{title}” holds characters no bundled font can draw, which would print as □: {characters}.</source>
        <translation>يحتوي القسم «{title}» على أحرف لا يرسمها أي خط مرفق، وستُطبع على شكل □: {characters}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of low confidence (partial, indirect or derived: {sources})</source>
        <translation>
            <numerusform>لا مصادر منخفضة الثقة ({sources})</numerusform>
            <numerusform>مصدر واحد منخفض الثقة (جزئي أو غير مباشر أو مشتق: {sources})</numerusform>
            <numerusform>مصدران منخفضا الثقة (جزئيان أو غير مباشرين أو مشتقان: {sources})</numerusform>
            <numerusform>%Ln مصادر منخفضة الثقة (جزئية أو غير مباشرة أو مشتقة: {sources})</numerusform>
            <numerusform>%Ln مصدرًا منخفض الثقة (جزئي أو غير مباشر أو مشتق: {sources})</numerusform>
            <numerusform>%Ln مصدر منخفض الثقة (جزئي أو غير مباشر أو مشتق: {sources})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln read through a copy or a secondary work ({sources})</source>
        <translation>
            <numerusform>لا مصادر قُرئت عبر نسخة ({sources})</numerusform>
            <numerusform>مصدر واحد قُرئ عبر نسخة أو عمل ثانوي ({sources})</numerusform>
            <numerusform>مصدران قُرئا عبر نسخة أو عمل ثانوي ({sources})</numerusform>
            <numerusform>%Ln مصادر قُرئت عبر نسخة أو عمل ثانوي ({sources})</numerusform>
            <numerusform>%Ln مصدرًا قُرئ عبر نسخة أو عمل ثانوي ({sources})</numerusform>
            <numerusform>%Ln مصدر قُرئ عبر نسخة أو عمل ثانوي ({sources})</numerusform>
        </translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}؛ {second}</translation>
    </message>
    <message>
        <source>This pack rests on sources that need checking before it is sent: {parts}. Check those facts against the original publisher.</source>
        <translation>تستند هذه الحزمة إلى مصادر يجب التحقق منها قبل إرسالها: {parts}. تحقق من هذه الوقائع لدى الناشر الأصلي.</translation>
    </message>
    <message numerus="yes">
        <source>{titles} and %Ln more</source>
        <translation>
            <numerusform>{titles}</numerusform>
            <numerusform>{titles} وعنصر آخر</numerusform>
            <numerusform>{titles} وعنصران آخران</numerusform>
            <numerusform>{titles} و%Ln عناصر أخرى</numerusform>
            <numerusform>{titles} و%Ln عنصرًا آخر</numerusform>
            <numerusform>{titles} و%Ln عنصر آخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln items in this pack are marked low confidence (partial or indirect): {titles}. Verify before sending.</source>
        <translation>
            <numerusform>لا عناصر منخفضة الثقة في هذه الحزمة: {titles}.</numerusform>
            <numerusform>عنصر واحد في هذه الحزمة مصنف منخفض الثقة (جزئي أو غير مباشر): {titles}. تحقق قبل الإرسال.</numerusform>
            <numerusform>عنصران في هذه الحزمة مصنفان منخفضي الثقة (جزئيان أو غير مباشرين): {titles}. تحقق قبل الإرسال.</numerusform>
            <numerusform>%Ln عناصر في هذه الحزمة مصنفة منخفضة الثقة (جزئية أو غير مباشرة): {titles}. تحقق قبل الإرسال.</numerusform>
            <numerusform>%Ln عنصرًا في هذه الحزمة مصنفة منخفضة الثقة (جزئية أو غير مباشرة): {titles}. تحقق قبل الإرسال.</numerusform>
            <numerusform>%Ln عنصر في هذه الحزمة مصنفة منخفضة الثقة (جزئية أو غير مباشرة): {titles}. تحقق قبل الإرسال.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Find a person by name (any script), role or organisation…</source>
        <translation>ابحث عن شخص بالاسم (بأي كتابة) أو المنصب أو الجهة…</translation>
    </message>
    <message>
        <source>Find a person</source>
        <translation>البحث عن شخص</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Ne&amp;w person</source>
        <translation>شخص &amp;جديد</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <source>Photo: drop a PNG or JPEG file here</source>
        <translation>الصورة: أفلت ملف PNG أو JPEG هنا</translation>
    </message>
    <message>
        <source>Choose ph&amp;oto…</source>
        <translation>اختيار &amp;صورة…</translation>
    </message>
    <message>
        <source>Re&amp;move photo</source>
        <translation>إ&amp;زالة الصورة</translation>
    </message>
    <message>
        <source>Alternative text (default: name, role)</source>
        <translation>النص البديل (افتراضيًا: الاسم، المنصب)</translation>
    </message>
    <message>
        <source>Photo alternative text</source>
        <translation>النص البديل للصورة</translation>
    </message>
    <message>
        <source>Drop a PNG or JPEG on the photo, or choose a file.</source>
        <translation>أفلت ملف PNG أو JPEG على الصورة، أو اختر ملفًا.</translation>
    </message>
    <message>
        <source>The library checks it, turns it upright, removes its metadata (camera, place) and scales it to print size.</source>
        <translation>تتحقق المكتبة منها وتعدّل اتجاهها وتزيل بياناتها الوصفية (الكاميرا، المكان) وتضبط حجمها للطباعة.</translation>
    </message>
    <message>
        <source>Photo text (for screen readers):</source>
        <translation>نص الصورة (لقارئات الشاشة):</translation>
    </message>
    <message>
        <source>H.E., Dr, Hon. …</source>
        <translation>معالي، سعادة، د. …</translation>
    </message>
    <message>
        <source>(none: an international body)</source>
        <translation>(لا شيء: هيئة دولية)</translation>
    </message>
    <message>
        <source>e.g. ah-BEH-beh</source>
        <translation>مثلًا ah-BEH-beh</translation>
    </message>
    <message>
        <source>One a line, language code then the name:
ar: …
am: …</source>
        <translation>واحد في كل سطر، رمز اللغة ثم الاسم:
ar: …
am: …</translation>
    </message>
    <message>
        <source>Languages spoken, e.g. am, en, fr</source>
        <translation>اللغات المحكية، مثلًا am, en, fr</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD أو YYYY-MM أو YYYY</translation>
    </message>
    <message>
        <source>YYYY-MM-DD: packs warn after it</source>
        <translation>YYYY-MM-DD: تنبّه الحزم بعد هذا التاريخ</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>غير محددة</translation>
    </message>
    <message>
        <source>H: primary or official</source>
        <translation>H: مصدر أولي أو رسمي</translation>
    </message>
    <message>
        <source>M: reputable secondary</source>
        <translation>M: مصدر ثانوي موثوق</translation>
    </message>
    <message>
        <source>L: partial or indirect</source>
        <translation>L: جزئي أو غير مباشر</translation>
    </message>
    <message>
        <source>Editorial notes (never printed)</source>
        <translation>ملاحظات التحرير (لا تُطبع أبدًا)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <source>Honorific:</source>
        <translation>اللقب:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ال&amp;منصب:</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>الج&amp;هة:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <source>Other scripts:</source>
        <translation>الاسم بكتابات أخرى:</translation>
    </message>
    <message>
        <source>Pronunciation:</source>
        <translation>النطق:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>اللغات:</translation>
    </message>
    <message>
        <source>Role as of:</source>
        <translation>المنصب حتى تاريخ:</translation>
    </message>
    <message>
        <source>Review by:</source>
        <translation>المراجعة قبل:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>درجة الثقة:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Review and notes (notes are never printed)</source>
        <translation>المراجعة والملاحظات (لا تُطبع الملاحظات أبدًا)</translation>
    </message>
    <message>
        <source>Biography lines</source>
        <translation>أسطر السيرة الذاتية</translation>
    </message>
    <message>
        <source>A line of the biography</source>
        <translation>سطر من السيرة الذاتية</translation>
    </message>
    <message>
        <source>As of: YYYY[-MM[-DD]]</source>
        <translation>حتى تاريخ: YYYY[-MM[-DD]]‎</translation>
    </message>
    <message>
        <source>Page or paragraph</source>
        <translation>الصفحة أو الفقرة</translation>
    </message>
    <message>
        <source>Biography line text</source>
        <translation>نص سطر السيرة الذاتية</translation>
    </message>
    <message>
        <source>Biography line source</source>
        <translation>مصدر سطر السيرة الذاتية</translation>
    </message>
    <message>
        <source>Biography line as of</source>
        <translation>تاريخ سطر السيرة الذاتية</translation>
    </message>
    <message>
        <source>Biography line locator</source>
        <translation>موضع سطر السيرة الذاتية في المصدر</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>إضافة &amp;سطر</translation>
    </message>
    <message>
        <source>Remove l&amp;ine</source>
        <translation>إزالة سط&amp;ر</translation>
    </message>
    <message>
        <source>Line:</source>
        <translation>السطر:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>As of, where:</source>
        <translation>التاريخ والموضع:</translation>
    </message>
    <message>
        <source>Biography (every line sourced and dated)</source>
        <translation>السيرة الذاتية (كل سطر موثق المصدر ومؤرخ)</translation>
    </message>
    <message>
        <source>&amp;Save person</source>
        <translation>حف&amp;ظ الشخص</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Loading people</source>
        <translation>تحميل الأشخاص</translation>
    </message>
    <message>
        <source>Searching people</source>
        <translation>البحث عن الأشخاص</translation>
    </message>
    <message>
        <source>Due for review since {0}</source>
        <translation>مستحق المراجعة منذ {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>لا أشخاص</numerusform>
            <numerusform>شخص واحد</numerusform>
            <numerusform>شخصان</numerusform>
            <numerusform>%Ln أشخاص</numerusform>
            <numerusform>%Ln شخصًا</numerusform>
            <numerusform>%Ln شخص</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>The person you are editing has changes that are not saved. Discard them?</source>
        <translation>في بيانات الشخص الذي تحرره تغييرات غير محفوظة. هل تريد تجاهلها؟</translation>
    </message>
    <message>
        <source>person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>line {0} must be a language code, a colon, then the name (ar: …)</source>
        <translation>يجب أن يتكون السطر {0} من رمز لغة ثم نقطتين ثم الاسم (ar: …)</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>تعديل {0}</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>إضافة {0}</translation>
    </message>
    <message>
        <source>Saved {0} (revision {1}).</source>
        <translation>حُفظ {0} (المراجعة {1}).</translation>
    </message>
    <message>
        <source>Saving the person</source>
        <translation>حفظ الشخص</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>حذف الشخص</translation>
    </message>
    <message>
        <source>Delete {0}?

You can undo this with Edit ▸ Undo.</source>
        <translation>هل تريد حذف {0}؟

يمكنك التراجع عن ذلك من تحرير ◂ تراجع.</translation>
    </message>
    <message>
        <source>Deleted {0}.</source>
        <translation>حُذف {0}.</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>حذف {0}</translation>
    </message>
    <message>
        <source>Deleting the person</source>
        <translation>حذف الشخص</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>اختيار صورة</translation>
    </message>
    <message>
        <source>Photos (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>الصور (*.png *.jpg *.jpeg);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation>تتعذر قراءة {0}: {1}</translation>
    </message>
    <message>
        <source>Saved the photo of {0}.</source>
        <translation>حُفظت صورة {0}.</translation>
    </message>
    <message>
        <source>Removed the photo of {0}.</source>
        <translation>أُزيلت صورة {0}.</translation>
    </message>
    <message>
        <source>Remove the photo of {0}</source>
        <translation>إزالة صورة {0}</translation>
    </message>
    <message>
        <source>Set the photo of {0}</source>
        <translation>تعيين صورة {0}</translation>
    </message>
    <message>
        <source>Setting the photo</source>
        <translation>تعيين الصورة</translation>
    </message>
</context>
<context>
    <name>PhotoArea</name>
    <message>
        <source>No photo.
Drop a PNG or JPEG here.</source>
        <translation>لا توجد صورة.
أفلت ملف PNG أو JPEG هنا.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <source>Preview of the pack</source>
        <translation>معاينة الحزمة</translation>
    </message>
    <message>
        <source>The pack as it will print. Page Up and Page Down move through it.</source>
        <translation>الحزمة كما ستُطبع. يتنقل فيها مفتاحا Page Up وPage Down.</translation>
    </message>
    <message>
        <source>Preview: nothing yet</source>
        <translation>المعاينة: لا شيء بعد</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>حالة المعاينة</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus in the preview)</source>
        <translation>تصغير (Ctrl+ناقص في المعاينة)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus in the preview)</source>
        <translation>تكبير (Ctrl+زائد في المعاينة)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <source>Fit the page width</source>
        <translation>ملاءمة عرض الصفحة</translation>
    </message>
    <message>
        <source>Fit the page width to the preview</source>
        <translation>ملاءمة عرض الصفحة مع المعاينة</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Page shown in the preview</source>
        <translation>الصفحة المعروضة في المعاينة</translation>
    </message>
    <message>
        <source>Type a page number and press Enter</source>
        <translation>اكتب رقم صفحة واضغط Enter</translation>
    </message>
    <message>
        <source>of {pages}</source>
        <translation>من {pages}</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>{where}, field &apos;{field}&apos;: {message}</source>
        <translation>{where}، الحقل «{field}»: {message}</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message numerus="yes">
        <source>{problem} (and %Ln more problems)</source>
        <translation>
            <numerusform>{problem} (ولا مشكلات أخرى)</numerusform>
            <numerusform>{problem} (ومشكلة أخرى واحدة)</numerusform>
            <numerusform>{problem} (ومشكلتان أخريان)</numerusform>
            <numerusform>{problem} (و%Ln مشكلات أخرى)</numerusform>
            <numerusform>{problem} (و%Ln مشكلة أخرى)</numerusform>
            <numerusform>{problem} (و%Ln مشكلة أخرى)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResolvingCombo</name>
    <message>
        <source>“{value}” is not in the list any more: choose another.</source>
        <translation>«{value}» لم يعد في القائمة: اختر غيره.</translation>
    </message>
    <message>
        <source>“{text}” is not in the list.</source>
        <translation>«{text}» غير موجود في القائمة.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>taken by hand</source>
        <translation>يدوية</translation>
    </message>
    <message>
        <source>safety copy before a restore</source>
        <translation>نسخة أمان قبل الاستعادة</translation>
    </message>
    <message>
        <source>before upgrading ({version})</source>
        <translation>قبل الترقية ({version})</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>Checking the backups…</source>
        <translation>جارٍ فحص النسخ الاحتياطية…</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>العناصر</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Each backup with the date it was taken, its item and source counts, and whether it passed the integrity check</source>
        <translation>كل نسخة احتياطية بتاريخها وعدد عناصرها ومصادرها، وهل اجتازت فحص السلامة</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>ا&amp;ستعادة…</translation>
    </message>
    <message>
        <source>Listing the backups</source>
        <translation>سرد النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>checked, can be restored</source>
        <translation>مفحوصة، يمكن استعادتها</translation>
    </message>
    <message>
        <source>not offered: it {problem}</source>
        <translation>غير متاحة: {problem}</translation>
    </message>
    <message>
        <source>There are no backups yet. Use Library ▸ Back up now to take one.</source>
        <translation>لا توجد نسخ احتياطية بعد. استخدم المكتبة ◂ نسخ احتياطي الآن لإنشاء نسخة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s)</source>
        <translation>
            <numerusform>لا نسخ احتياطية</numerusform>
            <numerusform>نسخة احتياطية واحدة</numerusform>
            <numerusform>نسختان احتياطيتان</numerusform>
            <numerusform>%Ln نسخ احتياطية</numerusform>
            <numerusform>%Ln نسخةً احتياطية</numerusform>
            <numerusform>%Ln نسخة احتياطية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln passed the integrity check.</source>
        <translation>
            <numerusform>لم تجتز أي منها فحص السلامة.</numerusform>
            <numerusform>اجتازت واحدة منها فحص السلامة.</numerusform>
            <numerusform>اجتازت اثنتان منها فحص السلامة.</numerusform>
            <numerusform>اجتازت %Ln منها فحص السلامة.</numerusform>
            <numerusform>اجتازت %Ln منها فحص السلامة.</numerusform>
            <numerusform>اجتازت %Ln منها فحص السلامة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring replaces the library&apos;s content; a safety backup of it is taken first.</source>
        <translation>تستبدل الاستعادة محتوى المكتبة؛ وتُؤخذ منه نسخة أمان أولًا.</translation>
    </message>
    <message>
        <source>This library is read-only here.</source>
        <translation>هذه المكتبة للقراءة فقط هنا.</translation>
    </message>
    <message numerus="yes">
        <source>Replace the library with the backup taken {moment} (%Ln item(s))?</source>
        <translation>
            <numerusform>هل تريد استبدال المكتبة بالنسخة الاحتياطية المأخوذة في {moment} (لا عناصر)؟</numerusform>
            <numerusform>هل تريد استبدال المكتبة بالنسخة الاحتياطية المأخوذة في {moment} (عنصر واحد)؟</numerusform>
            <numerusform>هل تريد استبدال المكتبة بالنسخة الاحتياطية المأخوذة في {moment} (عنصران)؟</numerusform>
            <numerusform>هل تريد استبدال المكتبة بالنسخة الاحتياطية المأخوذة في {moment} (%Ln عناصر)؟</numerusform>
            <numerusform>هل تريد استبدال المكتبة بالنسخة الاحتياطية المأخوذة في {moment} (%Ln عنصرًا)؟</numerusform>
            <numerusform>هل تريد استبدال المكتبة بالنسخة الاحتياطية المأخوذة في {moment} (%Ln عنصر)؟</numerusform>
        </translation>
    </message>
    <message>
        <source>A safety backup of the library as it is now is taken first, so this can be reversed.</source>
        <translation>تُؤخذ أولًا نسخة أمان من المكتبة بحالتها الحالية، لذا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>جارٍ الاستعادة…</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>لم تُستعد أي نسخة.</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Restored the backup taken {moment}. The library as it was is in {file}.</source>
        <translation>استُعيدت النسخة الاحتياطية المأخوذة في {moment}. والمكتبة كما كانت موجودة في {file}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Set by your organisation&apos;s configuration.</source>
        <translation>تحدده إعدادات مؤسستك.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter الأمريكي</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>لغة النظام ({language})</translation>
    </message>
    <message>
        <source>The interface changes language when the app next starts.</source>
        <translation>تتغير لغة الواجهة عند تشغيل التطبيق في المرة القادمة.</translation>
    </message>
    <message>
        <source>Organisation name on the cover</source>
        <translation>اسم المؤسسة على الغلاف</translation>
    </message>
    <message>
        <source>Logo file</source>
        <translation>ملف الشعار</translation>
    </message>
    <message>
        <source>Default classification</source>
        <translation>التصنيف الافتراضي</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>حجم الورق</translation>
    </message>
    <message>
        <source>Pack language</source>
        <translation>لغة الحزم</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Set by the environment variable {name}.</source>
        <translation>تحدده متغيرة البيئة {name}.</translation>
    </message>
    <message>
        <source>Choose the logo file</source>
        <translation>اختيار ملف الشعار</translation>
    </message>
    <message>
        <source>A PNG or JPEG image printed on the cover</source>
        <translation>صورة PNG أو JPEG تُطبع على الغلاف</translation>
    </message>
    <message>
        <source>&amp;Organisation (on the cover):</source>
        <translation>ال&amp;مؤسسة (على الغلاف):</translation>
    </message>
    <message>
        <source>Lo&amp;go (PNG or JPEG):</source>
        <translation>ال&amp;شعار (PNG أو JPEG):</translation>
    </message>
    <message>
        <source>Default &amp;classification:</source>
        <translation>الت&amp;صنيف الافتراضي:</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>&amp;حجم الورق:</translation>
    </message>
    <message>
        <source>Pack &amp;language:</source>
        <translation>&amp;لغة الحزم:</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>لغة ال&amp;واجهة:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>مجلد البيانات:</translation>
    </message>
    <message>
        <source>chosen by: {reason}; library {file}</source>
        <translation>اختير بواسطة: {reason}؛ المكتبة {file}</translation>
    </message>
    <message>
        <source>none (built-in defaults)</source>
        <translation>لا شيء (القيم الافتراضية المدمجة)</translation>
    </message>
    <message>
        <source>Configuration read from: {files}</source>
        <translation>قُرئت الإعدادات من: {files}</translation>
    </message>
    <message>
        <source>The library is read-only in this installation.</source>
        <translation>المكتبة للقراءة فقط في هذا التثبيت.</translation>
    </message>
    <message>
        <source>&amp;Back up the library now</source>
        <translation>&amp;نسخ المكتبة احتياطيًا الآن</translation>
    </message>
    <message>
        <source>Organisation logo</source>
        <translation>شعار المؤسسة</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SourcesTab</name>
    <message>
        <source>Filter sources…</source>
        <translation>تصفية المصادر…</translation>
    </message>
    <message>
        <source>Filter sources</source>
        <translation>تصفية المصادر</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD أو YYYY-MM أو YYYY</translation>
    </message>
    <message>
        <source>The original publisher&apos;s own address</source>
        <translation>العنوان الخاص بالناشر الأصلي</translation>
    </message>
    <message>
        <source>Mirror, transcription or news page read, and when (never printed)</source>
        <translation>النسخة أو التفريغ أو الصفحة الإخبارية المقروءة، ومتى (لا يُطبع أبدًا)</translation>
    </message>
    <message>
        <source>Source read at</source>
        <translation>المصدر مقروء في</translation>
    </message>
    <message>
        <source>H, M or L</source>
        <translation>H أو M أو L</translation>
    </message>
    <message>
        <source>Source confidence</source>
        <translation>درجة الثقة في المصدر</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>عنوان المصدر</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Source publisher</source>
        <translation>ناشر المصدر</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>الناشر:</translation>
    </message>
    <message>
        <source>Source date</source>
        <translation>تاريخ المصدر</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>رابط المصدر</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>الرابط:</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>مرجع المصدر</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>المرجع:</translation>
    </message>
    <message>
        <source>Source language</source>
        <translation>لغة المصدر</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>Read at:</source>
        <translation>مقروء في:</translation>
    </message>
    <message>
        <source>Confidence:</source>
        <translation>درجة الثقة:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>ملاحظات:</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>مصدر جديد</translation>
    </message>
    <message>
        <source>Save source</source>
        <translation>حفظ المصدر</translation>
    </message>
    <message>
        <source>Delete source…</source>
        <translation>حذف المصدر…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <source>Add source “{title}”</source>
        <translation>إضافة المصدر «{title}»</translation>
    </message>
    <message>
        <source>Edit source “{title}”</source>
        <translation>تعديل المصدر «{title}»</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>حذف المصدر</translation>
    </message>
    <message>
        <source>Delete the source “{title}”?</source>
        <translation>هل تريد حذف المصدر «{title}»؟</translation>
    </message>
    <message>
        <source>Saving the source</source>
        <translation>حفظ المصدر</translation>
    </message>
</context>
<context>
    <name>Spec</name>
    <message>
        <source>unknown country form {form}; use one of {forms}</source>
        <translation>صيغة اسم البلد {form} غير معروفة؛ استخدم إحدى الصيغ التالية: {forms}</translation>
    </message>
    <message>
        <source>Choose a country: type its name or code, or pick it from the list.</source>
        <translation>اختر دولة: اكتب اسمها أو رمزها، أو اخترها من القائمة.</translation>
    </message>
    <message>
        <source>“{typed}” is not a country in the library: type a name (English, French, Portuguese or Arabic) or an ISO code such as ETH or ET.</source>
        <translation>«{typed}» ليست دولة في المكتبة: اكتب اسمًا (بالإنجليزية أو الفرنسية أو البرتغالية أو العربية) أو رمز ISO مثل ETH أو ET.</translation>
    </message>
    <message numerus="yes">
        <source>“{typed}” could be {countries} and %Ln more: type more of the name, or its code.</source>
        <translation>
            <numerusform>«{typed}» قد يكون {countries}: اكتب جزءًا أطول من الاسم، أو الرمز.</numerusform>
            <numerusform>«{typed}» قد يكون {countries} ودولة أخرى: اكتب جزءًا أطول من الاسم، أو الرمز.</numerusform>
            <numerusform>«{typed}» قد يكون {countries} ودولتين أخريين: اكتب جزءًا أطول من الاسم، أو الرمز.</numerusform>
            <numerusform>«{typed}» قد يكون {countries} و%Ln دول أخرى: اكتب جزءًا أطول من الاسم، أو الرمز.</numerusform>
            <numerusform>«{typed}» قد يكون {countries} و%Ln دولة أخرى: اكتب جزءًا أطول من الاسم، أو الرمز.</numerusform>
            <numerusform>«{typed}» قد يكون {countries} و%Ln دولة أخرى: اكتب جزءًا أطول من الاسم، أو الرمز.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{typed}” could be {countries}: type more of the name, or its code.</source>
        <translation>«{typed}» قد يكون {countries}: اكتب جزءًا أطول من الاسم، أو الرمز.</translation>
    </message>
    <message>
        <source>Choose a template from the list.</source>
        <translation>اختر قالبًا من القائمة.</translation>
    </message>
    <message>
        <source>“{typed}” could be more than one template: choose one of {options}.</source>
        <translation>«{typed}» قد يطابق أكثر من قالب: اختر من بين {options}.</translation>
    </message>
    <message>
        <source>“{typed}” is not a template here: choose one of {options}.</source>
        <translation>«{typed}» ليس قالبًا متاحًا: اختر من بين {options}.</translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation>اختر لغة من القائمة.</translation>
    </message>
    <message>
        <source>“{typed}” could be more than one language: choose one of {options}.</source>
        <translation>«{typed}» قد يطابق أكثر من لغة: اختر من بين {options}.</translation>
    </message>
    <message>
        <source>“{typed}” is not a language here: choose one of {options}.</source>
        <translation>«{typed}» ليست لغة متاحة: اختر من بين {options}.</translation>
    </message>
    <message>
        <source>Choose a marking from the list.</source>
        <translation>اختر درجة التصنيف من القائمة.</translation>
    </message>
    <message>
        <source>“{typed}” could be more than one marking: choose one of {options}.</source>
        <translation>«{typed}» قد يطابق أكثر من درجة تصنيف: اختر من بين {options}.</translation>
    </message>
    <message>
        <source>“{typed}” is not a marking here: choose one of {options}.</source>
        <translation>«{typed}» ليست درجة تصنيف متاحة: اختر من بين {options}.</translation>
    </message>
    <message>
        <source>Choose a {what} from the list.</source>
        <translation>اختر قيمة ({what}) من القائمة.</translation>
    </message>
    <message>
        <source>“{typed}” could be more than one {what}: choose one of {options}.</source>
        <translation>«{typed}» قد يطابق أكثر من قيمة ({what}): اختر من بين {options}.</translation>
    </message>
    <message>
        <source>“{typed}” is not a {what} here: choose one of {options}.</source>
        <translation>«{typed}» ليس قيمة متاحة ({what}): اختر من بين {options}.</translation>
    </message>
    <message>
        <source>{id} is not a draft id.</source>
        <translation>{id} ليس معرّف مسودة.</translation>
    </message>
    <message>
        <source>Cannot create the drafts folder {folder}: {error}.</source>
        <translation>يتعذّر إنشاء مجلد المسودات {folder}: {error}.</translation>
    </message>
    <message>
        <source>The draft {path} cannot be read ({error}).</source>
        <translation>تتعذّر قراءة المسودة {path} ({error}).</translation>
    </message>
    <message>
        <source>must be a table of the pack&apos;s fields (template, country …), not {shape}</source>
        <translation>يجب أن يكون جدولًا بحقول الحزمة (template و country …)، لا {shape}</translation>
    </message>
    <message>
        <source>is not a known field (known there: {known})</source>
        <translation>ليس حقلًا معروفًا (الحقول المعروفة هنا: {known})</translation>
    </message>
    <message>
        <source>must be a list, not {shape}</source>
        <translation>يجب أن يكون قائمة، لا {shape}</translation>
    </message>
    <message>
        <source>must be a table by section id, not {shape}</source>
        <translation>يجب أن يكون جدولًا حسب معرّف القسم، لا {shape}</translation>
    </message>
    <message>
        <source>must be a table (pinned, dropped, order, free_text, hidden), not {shape}</source>
        <translation>يجب أن يكون جدولًا (pinned و dropped و order و free_text و hidden)، لا {shape}</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>يجب أن يكون true أو false</translation>
    </message>
    <message>
        <source>must be one of {options}</source>
        <translation>يجب أن يكون إحدى القيم التالية: {options}</translation>
    </message>
    <message>
        <source>must be a4 or letter</source>
        <translation>يجب أن يكون a4 أو letter</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>section {id}</source>
        <translation>القسم {id}</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>جدول</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>must be text, not {shape}</source>
        <translation>يجب أن يكون نصًا، لا {shape}</translation>
    </message>
    <message>
        <source>In the spec file {path}: {where}</source>
        <translation>في ملف المواصفات {path}: {where}</translation>
    </message>
    <message>
        <source>In the spec file {path}</source>
        <translation>في ملف المواصفات {path}</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte})</source>
        <translation>ليس نصًا بترميز UTF-8 (البايت {byte})</translation>
    </message>
    <message>
        <source>cannot be read ({error})</source>
        <translation>تتعذّر قراءته ({error})</translation>
    </message>
    <message>
        <source>is not valid JSON: {error} at line {line}, column {column}</source>
        <translation>ليس JSON صالحًا: {error} في السطر {line}، العمود {column}</translation>
    </message>
    <message>
        <source>is not valid JSON: nested too deeply</source>
        <translation>ليس JSON صالحًا: التداخل عميق جدًا</translation>
    </message>
    <message>
        <source>The template {name} has no section {section}.</source>
        <translation>لا يحتوي القالب {name} على القسم {section}.</translation>
    </message>
    <message>
        <source>In the template {path}: {where} {message}.</source>
        <translation>في القالب {path}: {where} {message}.</translation>
    </message>
    <message>
        <source>must be a list of text</source>
        <translation>يجب أن يكون قائمة نصوص</translation>
    </message>
    <message>
        <source>must be text, or a table of texts by language (en = &quot;...&quot;, fr = &quot;...&quot;)</source>
        <translation>يجب أن يكون نصًا، أو جدول نصوص حسب اللغة (en = &quot;...&quot; و fr = &quot;...&quot;)</translation>
    </message>
    <message>
        <source>needs at least an English (en) text</source>
        <translation>يحتاج إلى نص بالإنجليزية (en) على الأقل</translation>
    </message>
    <message>
        <source>must be a table, e.g. select = {{ kinds = [&quot;fact&quot;] }}</source>
        <translation>يجب أن يكون جدولًا، مثل select = {{ kinds = [&quot;fact&quot;] }}</translation>
    </message>
    <message>
        <source>is not a known setting ({known})</source>
        <translation>ليس إعدادًا معروفًا ({known})</translation>
    </message>
    <message>
        <source>names an unknown kind {kind} (known: {known})</source>
        <translation>يشير إلى نوع غير معروف {kind} (الأنواع المعروفة: {known})</translation>
    </message>
    <message>
        <source>must list values from {options}</source>
        <translation>يجب أن يسرد قيمًا من بين: {options}</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 5000</source>
        <translation>يجب أن يكون عددًا صحيحًا بين 1 و5000</translation>
    </message>
    <message>
        <source>Cannot read the template {path}: {error}.</source>
        <translation>تتعذّر قراءة القالب {path}: {error}.</translation>
    </message>
    <message>
        <source>The template {path} is not valid TOML: {error}.</source>
        <translation>القالب {path} ليس TOML صالحًا: {error}.</translation>
    </message>
    <message>
        <source>must be a non-empty text</source>
        <translation>يجب أن يكون نصًا غير فارغ</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>يجب أن يكون عددًا صحيحًا</translation>
    </message>
    <message>
        <source>is missing: a template needs at least one section</source>
        <translation>مفقود: يحتاج القالب إلى قسم واحد على الأقل</translation>
    </message>
    <message>
        <source>must be a table</source>
        <translation>يجب أن يكون جدولًا</translation>
    </message>
    <message>
        <source>{id} is used twice</source>
        <translation>{id} مستخدم مرتين</translation>
    </message>
    <message>
        <source>must be a table of lists by language</source>
        <translation>يجب أن يكون جدول قوائم حسب اللغة</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>يجب أن يكون قائمة</translation>
    </message>
    <message>
        <source>must be {{ framework = &quot;...&quot;, topic = &quot;...&quot; }}</source>
        <translation>يجب أن يكون {{ framework = &quot;...&quot;, topic = &quot;...&quot; }}</translation>
    </message>
    <message>
        <source>must be a whole number of pages from 0 (no limit) to 1000</source>
        <translation>يجب أن يكون عددًا صحيحًا من الصفحات بين 0 (بلا حد) و1000</translation>
    </message>
    <message>
        <source>There is no template named {name}. Available: {names}.</source>
        <translation>لا يوجد قالب باسم {name}. القوالب المتاحة: {names}.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cannot start the export: {error}</source>
        <translation>يتعذّر بدء التصدير: {error}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly.</source>
        <translation>توقف التصدير على نحو غير متوقع.</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly (exit code {code}).</source>
        <translation>توقف التصدير على نحو غير متوقع (رمز الخروج {code}).</translation>
    </message>
</context>
<context>
    <name>TranslationEditor</name>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>البرتغالية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Locator</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>الناشر</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>AU name</source>
        <translation>الاسم في الاتحاد الأفريقي</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>عنصر</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>بلد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضع</translation>
    </message>
    <message>
        <source>Original {field}</source>
        <translation>{field} (الأصل)</translation>
    </message>
    <message>
        <source>{field} in {language}</source>
        <translation>{field} ({language})</translation>
    </message>
    <message>
        <source>Original: {text}</source>
        <translation>الأصل: {text}</translation>
    </message>
    <message>
        <source>Translate</source>
        <translation>ترجمة</translation>
    </message>
    <message>
        <source>Translation editor</source>
        <translation>محرر الترجمات</translation>
    </message>
    <message>
        <source>Language to translate into</source>
        <translation>لغة الترجمة</translation>
    </message>
    <message>
        <source>Translate &amp;into:</source>
        <translation>الترجمة إ&amp;لى:</translation>
    </message>
    <message>
        <source>Records to translate</source>
        <translation>السجلات المطلوب ترجمتها</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Missing a version&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;تنقصها نسخة&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>لم يُحدَّد شيء</translation>
    </message>
    <message>
        <source>Unofficial translation, by the editors</source>
        <translation>ترجمة غير رسمية من المحررين</translation>
    </message>
    <message>
        <source>Official version, published by the source</source>
        <translation>نسخة رسمية نشرها المصدر</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>المنشأ</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>المترجم</translation>
    </message>
    <message>
        <source>Who translated it (required for an unofficial translation)</source>
        <translation>من ترجمه (مطلوب للترجمة غير الرسمية)</translation>
    </message>
    <message>
        <source>Date of the translation</source>
        <translation>تاريخ الترجمة</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD أو YYYY-MM أو YYYY</translation>
    </message>
    <message>
        <source>&amp;Provenance:</source>
        <translation>الم&amp;نشأ:</translation>
    </message>
    <message>
        <source>T&amp;ranslator:</source>
        <translation>ال&amp;مترجم:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save this version (Ctrl+S)</source>
        <translation>حفظ هذه النسخة (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Listing what to translate</source>
        <translation>سرد ما يلزم ترجمته</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between field names</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>{record} {key}: no {language} version of {fields}</source>
        <translation>{record} {key}: لا توجد نسخة ب{language} من {fields}</translation>
    </message>
    <message numerus="yes">
        <source>Missing in %1: %Ln record(s).</source>
        <translation>
            <numerusform>لا تنقص أي سجلات باللغة %1.</numerusform>
            <numerusform>ينقص سجل واحد باللغة %1.</numerusform>
            <numerusform>ينقص سجلان باللغة %1.</numerusform>
            <numerusform>تنقص %Ln سجلات باللغة %1.</numerusform>
            <numerusform>ينقص %Ln سجلًا باللغة %1.</numerusform>
            <numerusform>ينقص %Ln سجل باللغة %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything here has a %1 version.</source>
        <translation>لكل ما هنا نسخة ب%1.</translation>
    </message>
    <message>
        <source>Opening the record</source>
        <translation>فتح السجل</translation>
    </message>
    <message>
        <source>Nothing to translate here.</source>
        <translation>لا شيء يحتاج إلى ترجمة هنا.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Original&lt;/b&gt; ({language})</source>
        <translation>&lt;b&gt;الأصل&lt;/b&gt; ({language})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{language}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{language}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Unsaved translation</source>
        <translation>ترجمة غير محفوظة</translation>
    </message>
    <message>
        <source>This translation has changes that are not saved. Discard them?</source>
        <translation>في هذه الترجمة تغييرات غير محفوظة. هل تريد تجاهلها؟</translation>
    </message>
    <message>
        <source>Optional for an official version</source>
        <translation>اختياري للنسخة الرسمية</translation>
    </message>
    <message>
        <source>Saved the {language} version of “{title}”.</source>
        <translation>حُفظت ترجمة «{title}» إلى {language}.</translation>
    </message>
    <message>
        <source>Translate “{title}” into {language}</source>
        <translation>ترجمة «{title}» إلى {language}</translation>
    </message>
    <message>
        <source>Saving the translation</source>
        <translation>حفظ الترجمة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>No person has the id or uid {key}.</source>
        <translation>لا يوجد شخص بالمعرّف أو المعرّف الفريد {key}.</translation>
    </message>
    <message>
        <source>person {name}</source>
        <translation>الشخص {name}</translation>
    </message>
    <message>
        <source>no source has the uid {uid}</source>
        <translation>لا يوجد مصدر بالمعرّف {uid}</translation>
    </message>
    <message>
        <source>{code} is not a country in the library</source>
        <translation>{code} ليس بلدًا في المكتبة</translation>
    </message>
    <message>
        <source>{uid} exists already</source>
        <translation>{uid} موجود بالفعل</translation>
    </message>
    <message>
        <source>country {code}</source>
        <translation>البلد {code}</translation>
    </message>
    <message>
        <source>must be one of {options}</source>
        <translation>يجب أن يكون أحد ما يلي: {options}</translation>
    </message>
    <message>
        <source>country {code} status</source>
        <translation>وضع البلد {code}</translation>
    </message>
    <message>
        <source>{uid} is already used</source>
        <translation>{uid} مستخدم بالفعل</translation>
    </message>
    <message>
        <source>The person {name} was changed elsewhere (revision {revision}, you edited revision {edited}); reload it and apply your edit again.</source>
        <translation>عُدّل الشخص {name} في مكان آخر (المراجعة {revision}، وأنت عدّلت المراجعة {edited})؛ أعد تحميله وطبّق تعديلك من جديد.</translation>
    </message>
    <message>
        <source>the image is too large (over {limit} megapixels)</source>
        <translation>الصورة كبيرة جدًا (أكثر من {limit} ميغابكسل)</translation>
    </message>
    <message>
        <source>is not a readable PNG or JPEG image ({error})</source>
        <translation>ليس صورة PNG أو JPEG قابلة للقراءة ({error})</translation>
    </message>
    <message>
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>must be the bytes of a PNG or JPEG file</source>
        <translation>يجب أن يكون محتوى ملف PNG أو JPEG</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>the file is too large ({size} MB; the limit is {limit} MB)</source>
        <translation>الملف كبير جدًا ({size} ميغابايت؛ والحد الأقصى {limit} ميغابايت)</translation>
    </message>
    <message>
        <source>is not a PNG or JPEG image (other formats, and files merely named .png or .jpg, are refused)</source>
        <translation>ليس صورة PNG أو JPEG (تُرفض الصيغ الأخرى، والملفات التي تحمل فقط الامتداد .png أو .jpg)</translation>
    </message>
    <message>
        <source>the image is too large ({width}×{height} pixels; the limit is {limit} megapixels)</source>
        <translation>الصورة كبيرة جدًا ({width}×{height} بكسل؛ والحد الأقصى {limit} ميغابكسل)</translation>
    </message>
    <message>
        <source>the image is too small ({width}×{height} pixels) to print</source>
        <translation>الصورة صغيرة جدًا ({width}×{height} بكسل) للطباعة</translation>
    </message>
    <message>
        <source>the image is fully transparent (no visible pixels) and would print blank</source>
        <translation>الصورة شفافة تمامًا (لا توجد بكسلات مرئية) وستُطبع فارغة</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>ترجمة</translation>
    </message>
    <message>
        <source>must be one of {options}, not {value}</source>
        <translation>يجب أن يكون أحد ما يلي: {options}، لا {value}</translation>
    </message>
    <message>
        <source>{record} {key} translation {language}</source>
        <translation>{record} {key}، الترجمة {language}</translation>
    </message>
    <message>
        <source>item</source>
        <translation>عنصر</translation>
    </message>
    <message>
        <source>source</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <source>country</source>
        <translation>بلد</translation>
    </message>
    <message>
        <source>status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>No item has the uid {key}.</source>
        <translation>لا يوجد عنصر بالمعرّف {key}.</translation>
    </message>
    <message>
        <source>No source has the uid {key}.</source>
        <translation>لا يوجد مصدر بالمعرّف {key}.</translation>
    </message>
    <message>
        <source>No country has the code {key}.</source>
        <translation>لا يوجد بلد بالرمز {key}.</translation>
    </message>
    <message>
        <source>No status has the uid {key}.</source>
        <translation>لا يوجد وضع بالمعرّف {key}.</translation>
    </message>
    <message>
        <source>The item {key} has no version in {language}.</source>
        <translation>لا توجد للعنصر {key} نسخة باللغة {language}.</translation>
    </message>
    <message>
        <source>The source {key} has no version in {language}.</source>
        <translation>لا توجد للمصدر {key} نسخة باللغة {language}.</translation>
    </message>
    <message>
        <source>The country {key} has no version in {language}.</source>
        <translation>لا توجد للبلد {key} نسخة باللغة {language}.</translation>
    </message>
    <message>
        <source>The status {key} has no version in {language}.</source>
        <translation>لا توجد للوضع {key} نسخة باللغة {language}.</translation>
    </message>
    <message>
        <source>must be text, not {type}</source>
        <translation>يجب أن يكون نصًا، لا {type}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>is too long ({length} characters; the limit is {limit})</source>
        <translation>طويل جدًا (عدد الأحرف {length}؛ والحد الأقصى {limit})</translation>
    </message>
    <message>
        <source>contains characters that are not valid Unicode (lone surrogates)</source>
        <translation>يحتوي على محارف غير صالحة في Unicode (بدائل منفردة)</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, YYYY-MM or YYYY, not {value}</source>
        <translation>يجب أن يكون تاريخًا مكتوبًا بالصيغة YYYY-MM-DD أو YYYY-MM أو YYYY، لا {value}</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, not {value}</source>
        <translation>يجب أن يكون تاريخًا مكتوبًا بالصيغة YYYY-MM-DD، لا {value}</translation>
    </message>
    <message>
        <source>must be a full date written YYYY-MM-DD, not {value}</source>
        <translation>يجب أن يكون تاريخًا كاملًا مكتوبًا بالصيغة YYYY-MM-DD، لا {value}</translation>
    </message>
    <message>
        <source>{value} is not a real date</source>
        <translation>{value} ليس تاريخًا صالحًا</translation>
    </message>
    <message>
        <source>must be a language code such as &apos;en&apos; or &apos;pt-BR&apos;, not {value}</source>
        <translation>يجب أن يكون رمز لغة مثل &apos;en&apos; أو &apos;pt-BR&apos;، لا {value}</translation>
    </message>
    <message>
        <source>must be one of H, M, L or empty, not {value}</source>
        <translation>يجب أن يكون H أو M أو L أو فارغًا، لا {value}</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>يجب أن يكون قائمة</translation>
    </message>
    <message>
        <source>lists {value} twice</source>
        <translation>يذكر {value} مرتين</translation>
    </message>
    <message>
        <source>has {count} entries; the limit is {limit}</source>
        <translation>عدد الإدخالات {count}؛ والحد الأقصى {limit}</translation>
    </message>
    <message>
        <source>{value} is not an ISO 3166-1 alpha-3 code such as ETH</source>
        <translation>{value} ليس رمزًا وفق ISO 3166-1 alpha-3 مثل ETH</translation>
    </message>
    <message>
        <source>must start with http://, https://, file:, urn: or doi:</source>
        <translation>يجب أن يبدأ بـ http:// أو https:// أو file: أو urn: أو doi:</translation>
    </message>
    <message>
        <source>is the original&apos;s own language ({language}); edit the record itself instead</source>
        <translation>هي لغة الأصل نفسها ({language})؛ عدّل السجل نفسه بدلًا من ذلك</translation>
    </message>
    <message>
        <source>must be &apos;official&apos; or &apos;unofficial&apos;, not {value}</source>
        <translation>يجب أن يكون &apos;official&apos; أو &apos;unofficial&apos;، لا {value}</translation>
    </message>
    <message>
        <source>is required for an unofficial translation</source>
        <translation>مطلوب للترجمة غير الرسمية</translation>
    </message>
    <message>
        <source>must be a list of (field, text) pairs</source>
        <translation>يجب أن يكون قائمة أزواج (الحقل، النص)</translation>
    </message>
    <message>
        <source>is not a translatable field of a {record} (those are: {fields})</source>
        <translation>ليس حقلًا قابلًا للترجمة في النوع {record} (الحقول القابلة للترجمة: {fields})</translation>
    </message>
    <message>
        <source>is given twice</source>
        <translation>مذكور مرتين</translation>
    </message>
    <message>
        <source>gives no text (a {record} version needs at least one of {fields})</source>
        <translation>لا يقدّم أي نص (تحتاج نسخة من نوع {record} إلى واحد على الأقل من الحقول {fields})</translation>
    </message>
    <message>
        <source>contains a control character ({code}); it must be one line of printable text</source>
        <translation>يحتوي على محرف تحكم ({code})؛ يجب أن يكون سطرًا واحدًا من نص قابل للطباعة</translation>
    </message>
    <message>
        <source>must be a person record</source>
        <translation>يجب أن يكون سجل شخص</translation>
    </message>
    <message>
        <source>must be an ISO 3166-1 alpha-3 code such as ETH, or empty, not {value}</source>
        <translation>يجب أن يكون رمزًا وفق ISO 3166-1 alpha-3 مثل ETH، أو فارغًا، لا {value}</translation>
    </message>
    <message>
        <source>must be a list of (language, name) pairs</source>
        <translation>يجب أن يكون قائمة أزواج (اللغة، الاسم)</translation>
    </message>
    <message>
        <source>{value} is not a language code such as &apos;ar&apos;</source>
        <translation>{value} ليس رمز لغة مثل &apos;ar&apos;</translation>
    </message>
    <message>
        <source>must be a list of language codes</source>
        <translation>يجب أن يكون قائمة رموز لغات</translation>
    </message>
    <message>
        <source>{value} is not a language code such as &apos;am&apos; or &apos;pt-BR&apos;</source>
        <translation>{value} ليس رمز لغة مثل &apos;am&apos; أو &apos;pt-BR&apos;</translation>
    </message>
    <message>
        <source>must be a list of biography lines</source>
        <translation>يجب أن يكون قائمة أسطر سيرة ذاتية</translation>
    </message>
    <message>
        <source>has {count} lines; the limit is {limit}</source>
        <translation>عدد الأسطر {count}؛ والحد الأقصى {limit}</translation>
    </message>
    <message>
        <source>must be a biography line (text, source, as_of, locator)</source>
        <translation>يجب أن يكون سطر سيرة ذاتية (النص، المصدر، as_of، الموضع)</translation>
    </message>
    <message>
        <source>is required: say as of when the line was true</source>
        <translation>مطلوب: اذكر التاريخ الذي كان فيه السطر صحيحًا</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Fact</source>
        <translation>حقيقة</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>مقتطف</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>التزام</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>دعوة إلى العمل</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>خطوة تالية</translation>
    </message>
    <message>
        <source>Line to take</source>
        <translation>نقطة حديث</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>خلفية</translation>
    </message>
    <message>
        <source>Likely ask</source>
        <translation>طلب محتمل</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>مسألة حساسة</translation>
    </message>
    <message>
        <source>Press line</source>
        <translation>تصريح صحفي</translation>
    </message>
    <message>
        <source>WePROTECT Model National Response</source>
        <translation>نموذج الاستجابة الوطنية لـ WePROTECT</translation>
    </message>
    <message>
        <source>WePROTECT Global Strategic Response</source>
        <translation>الاستجابة الاستراتيجية العالمية لـ WePROTECT</translation>
    </message>
    <message>
        <source>Global Threat Assessment 2019</source>
        <translation>تقييم التهديد العالمي 2019</translation>
    </message>
    <message>
        <source>Addis Ababa Summit Communiqué 2019</source>
        <translation>بيان قمة أديس أبابا 2019</translation>
    </message>
    <message>
        <source>WePROTECT Statement of Action</source>
        <translation>بيان العمل لـ WePROTECT</translation>
    </message>
    <message>
        <source>AU Malabo Convention</source>
        <translation>اتفاقية مالابو للاتحاد الأفريقي</translation>
    </message>
    <message>
        <source>African Charter on the Rights and Welfare of the Child</source>
        <translation>الميثاق الأفريقي لحقوق الطفل ورفاهه</translation>
    </message>
    <message>
        <source>UN CRC Optional Protocol on the sale of children</source>
        <translation>البروتوكول الاختياري لاتفاقية الأمم المتحدة لحقوق الطفل بشأن بيع الأطفال</translation>
    </message>
    <message>
        <source>UN Convention on the Rights of the Child</source>
        <translation>اتفاقية الأمم المتحدة لحقوق الطفل</translation>
    </message>
    <message>
        <source>Northern Africa</source>
        <translation>شمال أفريقيا</translation>
    </message>
    <message>
        <source>Southern Africa</source>
        <translation>الجنوب الأفريقي</translation>
    </message>
    <message>
        <source>Eastern Africa</source>
        <translation>شرق أفريقيا</translation>
    </message>
    <message>
        <source>Western Africa</source>
        <translation>غرب أفريقيا</translation>
    </message>
    <message>
        <source>Central Africa</source>
        <translation>وسط أفريقيا</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>غير محددة</translation>
    </message>
    <message>
        <source>high: stated in a primary or official source</source>
        <translation>عالية: مذكور في مصدر أولي أو رسمي</translation>
    </message>
    <message>
        <source>medium: stated in a reputable secondary source</source>
        <translation>متوسطة: مذكور في مصدر ثانوي موثوق</translation>
    </message>
    <message>
        <source>low: partial or indirect</source>
        <translation>منخفضة: جزئي أو غير مباشر</translation>
    </message>
    <message>
        <source>Malabo Convention (AU Convention on Cyber Security and Personal Data Protection)</source>
        <translation>اتفاقية مالابو (اتفاقية الاتحاد الأفريقي بشأن الأمن السيبراني وحماية البيانات الشخصية)</translation>
    </message>
    <message>
        <source>Participation in African Union activities</source>
        <translation>المشاركة في أنشطة الاتحاد الأفريقي</translation>
    </message>
    <message>
        <source>ratified</source>
        <translation>صادقت</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>وقّعت</translation>
    </message>
    <message>
        <source>not ratified</source>
        <translation>لم تصادق</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>معلّقة العضوية</translation>
    </message>
    <message>
        <source>participating</source>
        <translation>تشارك</translation>
    </message>
    <message>
        <source>reinstated</source>
        <translation>أعيدت عضويتها</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>_FieldsForm</name>
    <message>
        <source>Edit &apos;{field}&apos;</source>
        <translation>تعديل «{field}»</translation>
    </message>
</context>
</TS>
