<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AnswerAnnouncer</name>
    <message>
        <source>Answer stopped.</source>
        <translation>أُوقفت الإجابة.</translation>
    </message>
    <message>
        <source>The answer was interrupted.</source>
        <translation>انقطعت الإجابة.</translation>
    </message>
    <message>
        <source>The answer failed.</source>
        <translation>فشلت الإجابة.</translation>
    </message>
    <message>
        <source>Answer finished.</source>
        <translation>اكتملت الإجابة.</translation>
    </message>
</context>
<context>
    <name>ApiActions</name>
    <message>
        <source>Local API…</source>
        <translation>واجهة API المحلية…</translation>
    </message>
    <message>
        <source>Let other apps on this computer use Hearth through an OpenAI-compatible API</source>
        <translation>اسمح للتطبيقات الأخرى على هذا الحاسوب باستخدام Hearth عبر واجهة API متوافقة مع OpenAI</translation>
    </message>
    <message>
        <source>Local API</source>
        <translation>واجهة API المحلية</translation>
    </message>
    <message>
        <source>Local API: on</source>
        <translation>واجهة API المحلية: تعمل</translation>
    </message>
</context>
<context>
    <name>ApiPanel</name>
    <message>
        <source>Local API</source>
        <translation>واجهة API المحلية</translation>
    </message>
    <message>
        <source>Let other apps on this computer use Hearth</source>
        <translation>اسمح للتطبيقات الأخرى على هذا الحاسوب باستخدام Hearth</translation>
    </message>
    <message>
        <source>Serve an OpenAI-compatible API on this computer only</source>
        <translation>قدّم واجهة API متوافقة مع OpenAI على هذا الحاسوب فقط</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <source>Apps send it as &quot;Authorization: Bearer KEY&quot;</source>
        <translation>ترسله التطبيقات بالشكل &quot;Authorization: Bearer KEY&quot;</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>نسخ المفتاح</translation>
    </message>
    <message>
        <source>Copy the API key</source>
        <translation>انسخ مفتاح API</translation>
    </message>
    <message>
        <source>What the local API is doing</source>
        <translation>ما تفعله واجهة API المحلية</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Apps use it like OpenAI&apos;s API. Every request is screened, signed and audited like the window&apos;s, under the same safety profile and the guardian&apos;s rules.</source>
        <translation>تستخدمها التطبيقات مثل واجهة API من OpenAI. يُفحص كل طلب ويُوقَّع ويُسجَّل في سجل التدقيق كما في النافذة، وفق ملف الأمان نفسه وقواعد وليّ الأمر.</translation>
    </message>
    <message>
        <source>The API key is on the clipboard.</source>
        <translation>نُسخ مفتاح API إلى الحافظة.</translation>
    </message>
    <message>
        <source>Stopped: other apps cannot use Hearth.</source>
        <translation>متوقفة: لا يمكن للتطبيقات الأخرى استخدام Hearth.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ التشغيل…</translation>
    </message>
    <message>
        <source>Listening on %1 (this computer only).</source>
        <translation>تستمع على %1 (هذا الحاسوب فقط).</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
</context>
<context>
    <name>AppearanceDialog</name>
    <message>
        <source>Appearance and language</source>
        <translation>المظهر واللغة</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>لغة النظام الافتراضية</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The language of Hearth&apos;s window. Hearth uses a new language the next time it starts.</source>
        <translation>لغة نافذة Hearth. يستخدم Hearth اللغة الجديدة في المرة القادمة التي يبدأ فيها.</translation>
    </message>
    <message>
        <source>Hearth will use this language the next time it starts.</source>
        <translation>سيستخدم Hearth هذه اللغة في المرة القادمة التي يبدأ فيها.</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;تباين عالٍ</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>White and yellow text on black, with strong outlines. It shows at once.</source>
        <translation>نص أبيض وأصفر على خلفية سوداء، مع حدود واضحة. يظهر التغيير فورًا.</translation>
    </message>
    <message>
        <source> %</source>
        <translation>٪</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>The size of all text, the conversation included, from 80 to 200 percent. It shows at once.</source>
        <translation>حجم كل النصوص، بما فيها المحادثة، من 80 إلى 200 بالمئة. يظهر التغيير فورًا.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;حجم النص</translation>
    </message>
    <message>
        <source>These settings apply to every conversation. Anywhere in the window, Ctrl with + or − changes the text size and Ctrl+0 puts it back to 100 %.</source>
        <translation>تنطبق هذه الإعدادات على كل المحادثات. في أي مكان من النافذة، يغيّر Ctrl مع + أو − حجم النص، ويعيده Ctrl+0 إلى 100٪.</translation>
    </message>
    <message>
        <source>Keep these settings</source>
        <translation>احتفظ بهذه الإعدادات</translation>
    </message>
    <message>
        <source>Put back the settings as they were</source>
        <translation>أعد الإعدادات إلى ما كانت عليه</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>(the text cannot be decrypted)</source>
        <translation>(تعذّر فك تشفير النص)</translation>
    </message>
    <message>
        <source>(the text was deleted)</source>
        <translation>(حُذف النص)</translation>
    </message>
    <message>
        <source>text: {0}</source>
        <translation>النص: {0}</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Hearth started</source>
        <translation>بدء تشغيل Hearth</translation>
    </message>
    <message>
        <source>Hearth stopped</source>
        <translation>إيقاف Hearth</translation>
    </message>
    <message>
        <source>Model loaded</source>
        <translation>تحميل نموذج</translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation>تغيير ملف الأمان</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>تغيير الإعدادات</translation>
    </message>
    <message>
        <source>Guardian unlock attempt</source>
        <translation>محاولة فتح قفل وليّ الأمر</translation>
    </message>
    <message>
        <source>Screening verdict</source>
        <translation>نتيجة فحص الأمان</translation>
    </message>
    <message>
        <source>Warning overridden</source>
        <translation>تجاوز تحذير</translation>
    </message>
    <message>
        <source>Engine crashed</source>
        <translation>تعطّل المحرك</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Old records deleted</source>
        <translation>حذف سجلات قديمة</translation>
    </message>
    <message>
        <source>Tampering detected</source>
        <translation>اكتشاف تلاعب</translation>
    </message>
    <message>
        <source>Signing key created</source>
        <translation>إنشاء مفتاح توقيع</translation>
    </message>
    <message>
        <source>Answer completed</source>
        <translation>اكتمال إجابة</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>رفض الوصول</translation>
    </message>
    <message>
        <source>Model added</source>
        <translation>إضافة نموذج</translation>
    </message>
    <message>
        <source>Model removed</source>
        <translation>إزالة نموذج</translation>
    </message>
    <message>
        <source>Model downloaded</source>
        <translation>تنزيل نموذج</translation>
    </message>
    <message>
        <source>Model licence accepted</source>
        <translation>قبول ترخيص نموذج</translation>
    </message>
    <message>
        <source>Model report card</source>
        <translation>بطاقة تقييم نموذج</translation>
    </message>
    <message>
        <source>API started</source>
        <translation>بدء واجهة API</translation>
    </message>
    <message>
        <source>API stopped</source>
        <translation>إيقاف واجهة API</translation>
    </message>
    <message>
        <source>Policy installed</source>
        <translation>تثبيت سياسة</translation>
    </message>
    <message>
        <source>Review archive exported</source>
        <translation>تصدير أرشيف مراجعة</translation>
    </message>
    <message>
        <source>Inference server changed</source>
        <translation>تغيير خادم الاستدلال</translation>
    </message>
    <message>
        <source>Damaged entry</source>
        <translation>إدخال تالف</translation>
    </message>
    <message>
        <source>Hearth audit report</source>
        <translation>تقرير تدقيق Hearth</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>من {first} إلى {last}</translation>
    </message>
    <message>
        <source>Made {time} on the log {origin}.</source>
        <translation>أُعدّ في {time} من السجل {origin}.</translation>
    </message>
    <message>
        <source>Can this log be trusted?</source>
        <translation>هل يمكن الوثوق بهذا السجل؟</translation>
    </message>
    <message>
        <source>Verified: all {entries} entries match the signed checkpoints; nothing was changed, removed or reordered.</source>
        <translation>تم التحقّق: جميع الإدخالات ({entries}) تطابق نقاط التحقّق الموقّعة؛ لم يُغيَّر أي شيء ولم يُحذف ولم يُعَد ترتيبه.</translation>
    </message>
    <message>
        <source>Verification FAILED. The log was changed outside Hearth. First problem: {problem}</source>
        <translation>فشل التحقّق. غُيِّر السجل خارج Hearth. أول مشكلة: {problem}</translation>
    </message>
    <message>
        <source>Newest signed checkpoint: {size} entries, root {root}…, signed {time}.</source>
        <translation>أحدث نقطة تحقّق موقّعة: {size} إدخال، الجذر {root}…، وُقّعت في {time}.</translation>
    </message>
    <message>
        <source>There is no signed checkpoint yet.</source>
        <translation>لا توجد نقطة تحقّق موقّعة بعد.</translation>
    </message>
    <message>
        <source>Blocked per day, by category</source>
        <translation>المحظور يوميًا، حسب الفئة</translation>
    </message>
    <message>
        <source>Warnings per day, by category</source>
        <translation>التحذيرات يوميًا، حسب الفئة</translation>
    </message>
    <message>
        <source>Minutes of use per day</source>
        <translation>دقائق الاستخدام يوميًا</translation>
    </message>
    <message>
        <source>Nothing in this period</source>
        <translation>لا شيء في هذه الفترة</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Per category over the period</source>
        <translation>حسب الفئة خلال الفترة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>محظور</translation>
    </message>
    <message>
        <source>Warned</source>
        <translation>مُحذَّر</translation>
    </message>
    <message>
        <source>Entries by kind</source>
        <translation>الإدخالات حسب النوع</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Hearth was open for {minutes} minutes over {days} days.</source>
        <translation>كان Hearth مفتوحًا لمدة {minutes} دقيقة على مدى {days} يوم.</translation>
    </message>
    <message>
        <source>Summary for sharing (differential privacy, ε = {epsilon})</source>
        <translation>ملخص للمشاركة (الخصوصية التفاضلية، ε = {epsilon})</translation>
    </message>
    <message>
        <source>Each count below has random Laplace noise with scale 1/ε = {scale} added, so one event more or less changes what is shared very little. About two thirds of the counts are within {spread} of the truth. ε = {epsilon} protects single events; a person with many events is protected less. Counts that came out below zero are shown as zero.</source>
        <translation>أُضيفت إلى كل عدد أدناه ضوضاء لابلاس عشوائية بمقياس 1/ε = {scale}، لذا فإن حدثًا واحدًا زائدًا أو ناقصًا لا يغيّر ما تتم مشاركته إلا قليلًا جدًا. نحو ثلثي الأعداد تقع في حدود {spread} من القيمة الحقيقية. تحمي ε = {epsilon} الأحداث المفردة؛ أما الشخص الذي له أحداث كثيرة فحمايته أقل. الأعداد التي جاءت أقل من الصفر تظهر صفرًا.</translation>
    </message>
    <message>
        <source>Noisy count</source>
        <translation>العدد مع الضوضاء</translation>
    </message>
    <message>
        <source>This report holds counts only: no prompt or answer text.</source>
        <translation>يحتوي هذا التقرير على أعداد فقط: لا نص لأي رسالة أو إجابة.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>تحقّق مجددًا</translation>
    </message>
    <message>
        <source>Verify the audit log again</source>
        <translation>تحقّق من سجل التدقيق مجددًا</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>أول يوم في الفترة</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>آخر يوم في الفترة</translation>
    </message>
    <message>
        <source>Audit log views</source>
        <translation>طرق عرض سجل التدقيق</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>الرسوم البيانية</translation>
    </message>
    <message>
        <source>Share a summary</source>
        <translation>مشاركة ملخص</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>تصدير التقرير…</translation>
    </message>
    <message>
        <source>Export the audit report</source>
        <translation>صدّر تقرير التدقيق</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close the audit log</source>
        <translation>أغلق سجل التدقيق</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Privacy level epsilon</source>
        <translation>مستوى الخصوصية إبسلون</translation>
    </message>
    <message>
        <source>Before counts leave your home, random noise is added to each one. ε (epsilon) sets how much: a smaller ε adds more noise, so the counts say less about any single event (more privacy, less accuracy); a larger ε adds less noise. Every change of ε draws new noise.</source>
        <translation>قبل أن تغادر الأعداد منزلك، تُضاف إلى كل منها ضوضاء عشوائية. تحدّد ε (إبسلون) مقدارها: كلما صغُرت ε زادت الضوضاء، فتكشف الأعداد أقل عن أي حدث منفرد (خصوصية أكثر ودقة أقل)؛ وكلما كبُرت ε قلّت الضوضاء. كل تغيير في ε يولّد ضوضاء جديدة.</translation>
    </message>
    <message>
        <source>Noisy counts per category</source>
        <translation>الأعداد مع الضوضاء حسب الفئة</translation>
    </message>
    <message>
        <source>Select all counts</source>
        <translation>تحديد كل الأعداد</translation>
    </message>
    <message>
        <source>ε (epsilon)</source>
        <translation>ε (إبسلون)</translation>
    </message>
    <message>
        <source>Reading and verifying the audit log…</source>
        <translation>جارٍ قراءة سجل التدقيق والتحقّق منه…</translation>
    </message>
    <message numerus="yes">
        <source>(%n more problem(s).)</source>
        <translation>
            <numerusform>(لا مشكلات أخرى: %n)</numerusform>
            <numerusform>(مشكلة أخرى واحدة: %n)</numerusform>
            <numerusform>(مشكلتان أخريان: %n)</numerusform>
            <numerusform>(%n مشكلات أخرى.)</numerusform>
            <numerusform>(%n مشكلة أخرى.)</numerusform>
            <numerusform>(%n مشكلة أخرى.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>صفحة ويب (*.html)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>مستند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wait until the audit log has been read.</source>
        <translation>انتظر حتى تنتهي قراءة سجل التدقيق.</translation>
    </message>
    <message>
        <source>The report could not be saved to {0}: {1}</source>
        <translation>تعذّر حفظ التقرير في {0}: {1}</translation>
    </message>
    <message>
        <source>The report was saved to {0}.</source>
        <translation>حُفظ التقرير في {0}.</translation>
    </message>
</context>
<context>
    <name>BackendPanel</name>
    <message>
        <source>This computer (llama.cpp and the models installed here)</source>
        <translation>هذا الحاسوب (llama.cpp والنماذج المثبّتة هنا)</translation>
    </message>
    <message>
        <source>An inference server on your network (llama-server, vLLM, Ollama)</source>
        <translation>خادم استدلال على شبكتك (llama-server أو vLLM أو Ollama)</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>The inference server&apos;s address, e.g. http://lab-server:8080</source>
        <translation>عنوان خادم الاستدلال، مثل http://lab-server:8080</translation>
    </message>
    <message>
        <source>Model on the server</source>
        <translation>النموذج على الخادم</translation>
    </message>
    <message>
        <source>The server&apos;s model id; List models asks the server</source>
        <translation>معرّف النموذج على الخادم؛ زر «عرض النماذج» يسأل الخادم</translation>
    </message>
    <message>
        <source>Server API key</source>
        <translation>مفتاح API للخادم</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key (if any)</source>
        <translation>اتركه فارغًا للإبقاء على المفتاح المحفوظ (إن وُجد)</translation>
    </message>
    <message>
        <source>List models</source>
        <translation>عرض النماذج</translation>
    </message>
    <message>
        <source>Ask the server which models it offers</source>
        <translation>اسأل الخادم عن النماذج التي يقدّمها</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>استخدام</translation>
    </message>
    <message>
        <source>Take answers from the choice above</source>
        <translation>احصل على الإجابات من الخيار أعلاه</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <source>Where answers come from</source>
        <translation>مصدر الإجابات</translation>
    </message>
    <message>
        <source>With a server, your prompts are still screened on this computer before they are sent, answers are screened here as they arrive, and every answer is signed and audited here. Its statement names the server and the model; the weights cannot be hashed here, and a server cannot apply the answer watermark.</source>
        <translation>مع الخادم، تظل رسائلك تُفحص على هذا الحاسوب قبل إرسالها، وتُفحص الإجابات هنا عند وصولها، وتُوقَّع كل إجابة وتُسجَّل في سجل التدقيق هنا. يذكر بيانها الخادم والنموذج؛ لا يمكن حساب قيمة التجزئة للأوزان هنا، ولا يستطيع الخادم إضافة العلامة المائية إلى الإجابات.</translation>
    </message>
    <message>
        <source>Approved by the model allowlist.</source>
        <translation>معتمد في قائمة النماذج المعتمدة.</translation>
    </message>
    <message>
        <source>Not on the model allowlist: answers are refused until a guardian approves it (allowlist entry %1).</source>
        <translation>غير موجود في قائمة النماذج المعتمدة: تُرفض الإجابات حتى يعتمده وليّ الأمر (إدخال القائمة %1).</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>جارٍ سؤال %1 عن نماذجه…</translation>
    </message>
    <message numerus="yes">
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>لا يقدّم الخادم أي نموذج (%n).</numerusform>
            <numerusform>يقدّم الخادم نموذجًا واحدًا (%n).</numerusform>
            <numerusform>يقدّم الخادم نموذجين (%n).</numerusform>
            <numerusform>يقدّم الخادم %n نماذج.</numerusform>
            <numerusform>يقدّم الخادم %n نموذجًا.</numerusform>
            <numerusform>يقدّم الخادم %n نموذج.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Answers now come from this computer&apos;s models.</source>
        <translation>تأتي الإجابات الآن من نماذج هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Answers now come from %1 on %2.</source>
        <translation>تأتي الإجابات الآن من %1 على %2.</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <source>Models to download</source>
        <translation>نماذج للتنزيل</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>التكميم</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Memory needed</source>
        <translation>الذاكرة المطلوبة</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>التحقّق</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>تقدّم التنزيل</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>تنزيل</translation>
    </message>
    <message>
        <source>Download the selected model</source>
        <translation>نزّل النموذج المحدد</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Pause the download</source>
        <translation>أوقف التنزيل مؤقتًا</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel the download and delete the part</source>
        <translation>ألغِ التنزيل واحذف الجزء المنزَّل</translation>
    </message>
    <message>
        <source>This computer has %1 of memory.</source>
        <translation>في هذا الحاسوب %1 من الذاكرة.</translation>
    </message>
    <message>
        <source>Reading the model catalog…</source>
        <translation>جارٍ قراءة فهرس النماذج…</translation>
    </message>
    <message>
        <source> (a saved copy: the address could not be reached)</source>
        <translation> (نسخة محفوظة: تعذّر الوصول إلى العنوان)</translation>
    </message>
    <message>
        <source>From %1%2</source>
        <translation>من %1%2</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 غيغابايت</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>محادثة</translation>
    </message>
    <message>
        <source>guard</source>
        <translation>حماية</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>تم التحقّق</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>لم يُتحقَّق منه</translation>
    </message>
    <message>
        <source>More than this computer has</source>
        <translation>أكثر مما في هذا الحاسوب</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>جارٍ التنزيل…</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>مثبّت</translation>
    </message>
    <message>
        <source>Paused at %1 %</source>
        <translation>متوقف مؤقتًا عند %1٪</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Resume the download</source>
        <translation>استأنف التنزيل</translation>
    </message>
    <message>
        <source>Download a file Hearth cannot check?</source>
        <translation>أتنزّل ملفًا لا يستطيع Hearth التحقّق منه؟</translation>
    </message>
    <message>
        <source>The catalog has no checksum for %1, so Hearth cannot check that what arrives is complete and is the file its makers published: a damaged or altered file would look the same. Download it only if you trust where it comes from.</source>
        <translation>لا يحتوي الفهرس على مجموع تحقّق لـ %1، لذا لا يستطيع Hearth التأكد من أن ما يصل كامل وأنه الملف الذي نشره صانعوه: فالملف التالف أو المعدَّل سيبدو مماثلًا. لا تنزّله إلا إذا كنت تثق بمصدره.</translation>
    </message>
    <message>
        <source>Download anyway</source>
        <translation>تنزيل على أي حال</translation>
    </message>
    <message>
        <source>Don&apos;t download</source>
        <translation>عدم التنزيل</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation>جارٍ الإيقاف المؤقت…</translation>
    </message>
    <message>
        <source>The partial download of %1 was deleted.</source>
        <translation>حُذف التنزيل الجزئي لـ %1.</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> من %1</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 ميغابايت/ث</translation>
    </message>
    <message>
        <source>and checked</source>
        <translation>وتم التحقّق منه</translation>
    </message>
    <message>
        <source>(not checked: no checksum)</source>
        <translation>(دون تحقّق: لا يوجد مجموع تحقّق)</translation>
    </message>
    <message>
        <source>%1 was downloaded %2.</source>
        <translation>نُزِّل %1 %2.</translation>
    </message>
    <message>
        <source>The download of %1 is paused. Resume continues where it stopped, also after Hearth restarts.</source>
        <translation>تنزيل %1 متوقف مؤقتًا. يتابع الاستئناف من حيث توقف، حتى بعد إعادة تشغيل Hearth.</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled and its part deleted.</source>
        <translation>أُلغي تنزيل %1 وحُذف الجزء المنزَّل.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the guardian&apos;s passphrase</source>
        <translation>تغيير عبارة مرور وليّ الأمر</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>غيّر عبارة المرور</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Keep the old passphrase</source>
        <translation>أبقِ عبارة المرور القديمة</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old recovery code no longer works; this is the new one:</source>
        <translation>تم تغيير عبارة المرور. لم يعد رمز الاسترداد القديم صالحًا؛ وهذا هو الرمز الجديد:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>اختر عبارة مرور جديدة</translation>
    </message>
    <message>
        <source>Write down the new recovery code</source>
        <translation>دوّن رمز الاسترداد الجديد</translation>
    </message>
    <message>
        <source>Changing the passphrase… this takes a moment.</source>
        <translation>جارٍ تغيير عبارة المرور… يستغرق هذا لحظة.</translation>
    </message>
    <message>
        <source>Write the new recovery code down and tick the box first: it is shown only this once.</source>
        <translation>دوّن رمز الاسترداد الجديد وحدّد المربع أولًا: لن يظهر إلا هذه المرة فقط.</translation>
    </message>
</context>
<context>
    <name>ChatView</name>
    <message>
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <source>Your messages and the answers, the newest at the end. Answers are read out a few sentences at a time as they are written.</source>
        <translation>رسائلك والإجابات، والأحدث في النهاية. تُقرأ الإجابات بصوت عالٍ بضع جمل في كل مرة أثناء كتابتها.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Sent after a warning: this message may involve %1.</source>
        <translation>أُرسلت بعد تحذير: قد تتضمن هذه الرسالة %1.</translation>
    </message>
    <message>
        <source>Hearth flagged this answer: it may include %1.</source>
        <translation>نبّه Hearth إلى هذه الإجابة: قد تتضمن %1.</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>المساعد</translation>
    </message>
    <message>
        <source>SmolLM2 135M Instruct</source>
        <translation>SmolLM2 135M Instruct</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>أُوقفت</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>انقطعت</translation>
    </message>
    <message>
        <source>This answer failed.</source>
        <translation>فشلت هذه الإجابة.</translation>
    </message>
    <message>
        <source>Still being written…</source>
        <translation>ما زالت قيد الكتابة…</translation>
    </message>
    <message>
        <source>The safety screen stopped this message.</source>
        <translation>أوقف فحص الأمان هذه الرسالة.</translation>
    </message>
    <message>
        <source>(empty answer)</source>
        <translation>(إجابة فارغة)</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <source>New chat</source>
        <translation>محادثة جديدة</translation>
    </message>
</context>
<context>
    <name>Credential</name>
    <message>
        <source>The passphrase has {count} characters; it needs at least {minimum}.</source>
        <translation>عدد أحرف عبارة المرور {count}، والحد الأدنى المطلوب {minimum}.</translation>
    </message>
    <message>
        <source>A 4-digit PIN has only 10,000 possibilities, which someone can try in an afternoon; a few unrelated words (“kettle orbit marmalade”) are easy to remember and far harder to guess.</source>
        <translation>لرمز PIN المكوّن من 4 أرقام 10,000 احتمال فقط، ويمكن لأحدهم تجربتها كلها في فترة بعد الظهر؛ أما بضع كلمات لا رابط بينها («غلاية مدار مربى») فهي سهلة التذكّر وأصعب تخمينًا بكثير.</translation>
    </message>
    <message>
        <source>The passphrase repeats the same few characters.</source>
        <translation>تكرّر عبارة المرور الأحرف القليلة نفسها.</translation>
    </message>
    <message>
        <source>Use a few unrelated words instead.</source>
        <translation>استخدم بدلًا من ذلك بضع كلمات لا رابط بينها.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation>تجاهل الخطأ</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The audit log could not be written</source>
        <translation>تعذّرت الكتابة في سجل التدقيق</translation>
    </message>
    <message>
        <source>The review archive cannot be written</source>
        <translation>لا يمكن كتابة أرشيف المراجعة</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>The model file cannot be used</source>
        <translation>لا يمكن استخدام ملف النموذج</translation>
    </message>
    <message>
        <source>Not enough memory for this model</source>
        <translation>لا توجد ذاكرة كافية لهذا النموذج</translation>
    </message>
    <message>
        <source>The model could not be loaded</source>
        <translation>تعذّر تحميل النموذج</translation>
    </message>
    <message>
        <source>The message is too long</source>
        <translation>الرسالة طويلة جدًا</translation>
    </message>
    <message>
        <source>The engine stopped unexpectedly</source>
        <translation>توقف المحرك على نحو غير متوقع</translation>
    </message>
    <message>
        <source>The guard model is not available</source>
        <translation>نموذج الحماية غير متاح</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>This data is from a newer Hearth</source>
        <translation>هذه البيانات من إصدار أحدث من Hearth</translation>
    </message>
    <message>
        <source>The chat history cannot be opened</source>
        <translation>لا يمكن فتح سجل المحادثات</translation>
    </message>
    <message>
        <source>Invalid setting</source>
        <translation>إعداد غير صالح</translation>
    </message>
    <message>
        <source>The safety screen is not available</source>
        <translation>فحص الأمان غير متاح</translation>
    </message>
    <message>
        <source>A secret could not be stored</source>
        <translation>تعذّر حفظ بيانات سرّية</translation>
    </message>
    <message>
        <source>Not a server address</source>
        <translation>ليس عنوان خادم</translation>
    </message>
    <message>
        <source>The connection to the inference server at {url} was lost in the middle of the answer{why}.</source>
        <translation>انقطع الاتصال بخادم الاستدلال على {url} في منتصف الإجابة{why}.</translation>
    </message>
    <message>
        <source>The answer so far is kept and marked interrupted. Check the network or the server, then send again.</source>
        <translation>يُحتفظ بما وصل من الإجابة حتى الآن ويُوسم بأنه منقطع. تحقّق من الشبكة أو الخادم، ثم أرسل مجددًا.</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>لم يستجب في الوقت المحدد</translation>
    </message>
    <message>
        <source>nothing is listening there</source>
        <translation>لا توجد خدمة تستمع على هذا العنوان</translation>
    </message>
    <message>
        <source>that name is not known on this network</source>
        <translation>هذا الاسم غير معروف على هذه الشبكة</translation>
    </message>
    <message>
        <source>Hearth cannot reach the inference server at {url}: {why}.</source>
        <translation>يتعذّر على Hearth الوصول إلى خادم الاستدلال على {url}: {why}.</translation>
    </message>
    <message>
        <source>Check that the server is running and that this computer is on its network.</source>
        <translation>تأكد من أن الخادم يعمل وأن هذا الحاسوب متصل بشبكته.</translation>
    </message>
    <message>
        <source>Choose a longer passphrase</source>
        <translation>اختر عبارة مرور أطول</translation>
    </message>
    <message>
        <source>The policy bundle cannot be used</source>
        <translation>لا يمكن استخدام حزمة السياسات</translation>
    </message>
    <message>
        <source>Managed by your organisation</source>
        <translation>تديره مؤسستك</translation>
    </message>
    <message>
        <source>Hearth is resting</source>
        <translation>Hearth في استراحة</translation>
    </message>
    <message>
        <source>This model is not approved</source>
        <translation>هذا النموذج غير معتمد</translation>
    </message>
    <message>
        <source>This model is not suitable for this profile</source>
        <translation>هذا النموذج غير مناسب لملف الأمان هذا</translation>
    </message>
    <message>
        <source>Not available in kiosk mode</source>
        <translation>غير متاح في وضع الكشك</translation>
    </message>
    <message>
        <source>The guardian&apos;s settings were changed outside Hearth</source>
        <translation>تم تغيير إعدادات وليّ الأمر خارج Hearth</translation>
    </message>
    <message>
        <source>Hearth could not save the guardian&apos;s settings because the disk is full.</source>
        <translation>تعذّر على Hearth حفظ إعدادات وليّ الأمر لأن القرص ممتلئ.</translation>
    </message>
    <message>
        <source>Free some space and save again; the previous settings are still in force.</source>
        <translation>حرّر بعض المساحة واحفظ مجددًا؛ لا تزال الإعدادات السابقة سارية.</translation>
    </message>
    <message>
        <source>Managed by guardian</source>
        <translation>يديره وليّ الأمر</translation>
    </message>
    <message>
        <source>The machine-wide policy is not valid</source>
        <translation>السياسة على مستوى الجهاز غير صالحة</translation>
    </message>
    <message>
        <source>The time rules are not valid</source>
        <translation>قواعد الوقت غير صالحة</translation>
    </message>
    <message>
        <source>The model catalog is not valid</source>
        <translation>فهرس النماذج غير صالح</translation>
    </message>
    <message>
        <source>No such model in the catalog</source>
        <translation>لا يوجد هذا النموذج في الفهرس</translation>
    </message>
    <message>
        <source>This download cannot be checked</source>
        <translation>لا يمكن التحقّق من هذا التنزيل</translation>
    </message>
    <message>
        <source>The download failed</source>
        <translation>فشل التنزيل</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>أُلغي الاستيراد</translation>
    </message>
    <message>
        <source>Accept the model&apos;s licence first</source>
        <translation>اقبل ترخيص النموذج أولًا</translation>
    </message>
    <message>
        <source>The model report card failed</source>
        <translation>فشلت بطاقة تقييم النموذج</translation>
    </message>
    <message>
        <source>The model report card was cancelled</source>
        <translation>أُلغيت بطاقة تقييم النموذج</translation>
    </message>
    <message>
        <source>The evaluation file cannot be used</source>
        <translation>لا يمكن استخدام ملف التقييم</translation>
    </message>
    <message>
        <source>The safety profile is not valid</source>
        <translation>ملف الأمان غير صالح</translation>
    </message>
    <message>
        <source>Something went wrong; the details are in Hearth’s log.</source>
        <translation>حدث خطأ ما؛ التفاصيل في سجل Hearth.</translation>
    </message>
    <message>
        <source>This message needs about {tokens} tokens, but only {budget} fit in the context window ({n_ctx} tokens, {reserve} kept for the answer).</source>
        <translation>تحتاج هذه الرسالة إلى نحو {tokens} رمز، لكن لا يتسع في نافذة السياق إلا {budget} ({n_ctx} رمز، منها {reserve} محجوزة للإجابة).</translation>
    </message>
    <message>
        <source>Shorten the message, lower the maximum answer length, or raise the context length in the conversation settings.</source>
        <translation>اختصر الرسالة، أو قلّل الحد الأقصى لطول الإجابة، أو زد طول السياق في إعدادات المحادثة.</translation>
    </message>
    <message>
        <source>Hearth could not save its preferences because the disk is full.</source>
        <translation>تعذّر على Hearth حفظ تفضيلاته لأن القرص ممتلئ.</translation>
    </message>
    <message>
        <source>Free some space; your conversations are not affected.</source>
        <translation>حرّر بعض المساحة؛ لن تتأثر محادثاتك.</translation>
    </message>
    <message>
        <source>Hearth could not save because the disk is full.</source>
        <translation>تعذّر على Hearth الحفظ لأن القرص ممتلئ.</translation>
    </message>
    <message>
        <source>Free some space and try again; everything saved before this point is safe.</source>
        <translation>حرّر بعض المساحة وحاول مجددًا؛ كل ما حُفظ قبل هذه اللحظة في أمان.</translation>
    </message>
    <message>
        <source>The engine stopped answering for {seconds} seconds and was restarted.</source>
        <translation>توقف المحرك عن الاستجابة لمدة {seconds} ثانية وأُعيد تشغيله.</translation>
    </message>
    <message>
        <source>Your conversation is saved; send again to continue.</source>
        <translation>محادثتك محفوظة؛ أرسل مجددًا للمتابعة.</translation>
    </message>
    <message>
        <source>The engine process stopped unexpectedly (exit code {code}).</source>
        <translation>توقفت عملية المحرك على نحو غير متوقع (رمز الخروج {code}).</translation>
    </message>
    <message>
        <source>The answer so far is saved and marked interrupted; send again to start a fresh engine.</source>
        <translation>حُفظ ما وصل من الإجابة حتى الآن ووُسم بأنه منقطع؛ أرسل مجددًا لبدء محرك جديد.</translation>
    </message>
    <message>
        <source>The model file {path} does not exist.</source>
        <translation>ملف النموذج {path} غير موجود.</translation>
    </message>
    <message>
        <source>Choose another model, or import the file again.</source>
        <translation>اختر نموذجًا آخر، أو استورد الملف مجددًا.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a model file.</source>
        <translation>{path} مجلد، وليس ملف نموذج.</translation>
    </message>
    <message>
        <source>Choose a .gguf file.</source>
        <translation>اختر ملفًا بامتداد .gguf.</translation>
    </message>
    <message>
        <source>The model file {path} cannot be read ({why}).</source>
        <translation>لا يمكن قراءة ملف النموذج {path} ({why}).</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions.</source>
        <translation>تحقّق من أذونات الملف.</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model file.</source>
        <translation>{name} ليس ملف نموذج بتنسيق GGUF.</translation>
    </message>
    <message>
        <source>Hearth runs quantized models in the GGUF format (files ending in .gguf).</source>
        <translation>يشغّل Hearth نماذج مُكمَّمة بتنسيق GGUF (ملفات بامتداد .gguf).</translation>
    </message>
    <message>
        <source>{name} uses GGUF version {version}, which this Hearth cannot read.</source>
        <translation>يستخدم {name} الإصدار {version} من GGUF، ولا يستطيع إصدار Hearth هذا قراءته.</translation>
    </message>
    <message>
        <source>Convert the model with a current llama.cpp, or update Hearth.</source>
        <translation>حوّل النموذج باستخدام إصدار حديث من llama.cpp، أو حدّث Hearth.</translation>
    </message>
    <message>
        <source>{name} has a damaged header.</source>
        <translation>ترويسة {name} تالفة.</translation>
    </message>
    <message>
        <source>The file is corrupt; download or import it again.</source>
        <translation>الملف تالف؛ نزّله أو استورده مجددًا.</translation>
    </message>
    <message>
        <source>{name} is too small to hold a model; it is probably truncated.</source>
        <translation>{name} أصغر من أن يحتوي على نموذج؛ ومن المرجّح أنه مبتور.</translation>
    </message>
    <message>
        <source>Download or import it again.</source>
        <translation>نزّله أو استورده مجددًا.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Kind of entry</source>
        <translation>نوع الإدخال</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <source>Search the details</source>
        <translation>ابحث في التفاصيل</translation>
    </message>
    <message>
        <source>Search the details of the entries</source>
        <translation>ابحث في تفاصيل الإدخالات</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>امسح البحث</translation>
    </message>
    <message>
        <source>Show conversation text</source>
        <translation>عرض نص المحادثات</translation>
    </message>
    <message>
        <source>Show the text of conversations kept in the audit log</source>
        <translation>اعرض نص المحادثات المحفوظ في سجل التدقيق</translation>
    </message>
    <message>
        <source>The log keeps the text of conversations, encrypted, because a guardian chose to. Only you can read it here.</source>
        <translation>يحتفظ السجل بنص المحادثات مشفّرًا، لأن وليّ الأمر اختار ذلك. لا يستطيع قراءته هنا أحد سواك.</translation>
    </message>
    <message>
        <source>Entries shown</source>
        <translation>الإدخالات المعروضة</translation>
    </message>
    <message>
        <source>Audit entries, newest first</source>
        <translation>إدخالات التدقيق، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Select all entries</source>
        <translation>تحديد كل الإدخالات</translation>
    </message>
    <message>
        <source>{0} of {1} entries</source>
        <translation>{0} من {1} إدخال</translation>
    </message>
</context>
<context>
    <name>Governance</name>
    <message>
        <source>Unlocked · locks again in %n min</source>
        <translation>القفل مفتوح · يُقفل مجددًا بعد %n دقيقة ||| القفل مفتوح · يُقفل مجددًا بعد %n دقيقة ||| القفل مفتوح · يُقفل مجددًا بعد %n دقيقتين ||| القفل مفتوح · يُقفل مجددًا بعد %n دقائق ||| القفل مفتوح · يُقفل مجددًا بعد %n دقيقة ||| القفل مفتوح · يُقفل مجددًا بعد %n دقيقة</translation>
    </message>
    <message>
        <source>Editing safety profiles</source>
        <translation>تعديل ملفات الأمان</translation>
    </message>
    <message>
        <source>Adding or removing models</source>
        <translation>إضافة النماذج أو إزالتها</translation>
    </message>
    <message>
        <source>Raising the answer and context limits</source>
        <translation>رفع حدود الإجابة والسياق</translation>
    </message>
    <message>
        <source>The audit settings</source>
        <translation>إعدادات التدقيق</translation>
    </message>
    <message>
        <source>The provenance settings</source>
        <translation>إعدادات إثبات المصدر</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>وضع الكشك</translation>
    </message>
    <message>
        <source>The guard model</source>
        <translation>نموذج الحماية</translation>
    </message>
    <message>
        <source>The guardian&apos;s settings</source>
        <translation>إعدادات وليّ الأمر</translation>
    </message>
    <message>
        <source>Serving the API beyond this computer</source>
        <translation>إتاحة واجهة API خارج هذا الحاسوب</translation>
    </message>
    <message>
        <source>{what} is managed by your organisation&apos;s policy for this computer.</source>
        <translation>{what} من اختصاص سياسة مؤسستك لهذا الحاسوب.</translation>
    </message>
    <message>
        <source>Ask your school&apos;s or organisation&apos;s administrator.</source>
        <translation>اسأل مسؤول النظام في مدرستك أو مؤسستك.</translation>
    </message>
    <message>
        <source>{model} is not on the list of models approved by your organisation.</source>
        <translation>{model} ليس ضمن قائمة النماذج التي اعتمدتها مؤسستك.</translation>
    </message>
    <message>
        <source>{model} is not on the list of models approved by the guardian.</source>
        <translation>{model} ليس ضمن قائمة النماذج التي اعتمدها وليّ الأمر.</translation>
    </message>
    <message>
        <source>Choose an approved model, or ask for this one to be approved.</source>
        <translation>اختر نموذجًا معتمدًا، أو اطلب اعتماد هذا النموذج.</translation>
    </message>
    <message>
        <source>{model} looks like a model whose safety training was removed ({words} in its name or description), and the {profile} profile does not allow such models.</source>
        <translation>يبدو أن {model} نموذج أُزيل تدريبه على الأمان ({words} في اسمه أو وصفه)، وملف الأمان {profile} لا يسمح بمثل هذه النماذج.</translation>
    </message>
    <message>
        <source>A guardian can approve this exact file by its hash (Guardian… → approved models).</source>
        <translation>يستطيع وليّ الأمر اعتماد هذا الملف بعينه بقيمة التجزئة الخاصة به (وليّ الأمر… ← النماذج المعتمدة).</translation>
    </message>
    <message>
        <source>{what} is managed by the guardian.</source>
        <translation>{what} من صلاحيات وليّ الأمر.</translation>
    </message>
    <message>
        <source>Ask the guardian to unlock Hearth with their passphrase.</source>
        <translation>اطلب من وليّ الأمر فتح قفل Hearth بعبارة المرور الخاصة به.</translation>
    </message>
</context>
<context>
    <name>GuardianPanel</name>
    <message>
        <source>Guardian settings</source>
        <translation>إعدادات وليّ الأمر</translation>
    </message>
    <message>
        <source>Lock status</source>
        <translation>حالة القفل</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy for this computer ignores the guardian&apos;s settings; its own settings apply instead.</source>
        <translation>سياسة مؤسستك لهذا الحاسوب تتجاهل إعدادات وليّ الأمر؛ وتُطبَّق إعداداتها الخاصة بدلًا منها.</translation>
    </message>
    <message>
        <source>{0} Until you save again, Hearth uses its strictest settings.</source>
        <translation>{0} إلى أن تحفظ مجددًا، يستخدم Hearth أشد إعداداته صرامة.</translation>
    </message>
    <message>
        <source>Locked profile</source>
        <translation>ملف الأمان المقفل</translation>
    </message>
    <message>
        <source>Whatever profile someone picks, Hearth is at least as careful as this one.</source>
        <translation>أيًّا كان ملف الأمان الذي يختاره أحدهم، يكون Hearth حذرًا بقدر هذا الملف على الأقل.</translation>
    </message>
    <message>
        <source>Limit when and how long Hearth can be used</source>
        <translation>حدّد متى يمكن استخدام Hearth وإلى متى</translation>
    </message>
    <message>
        <source>No limits</source>
        <translation>بلا حدود</translation>
    </message>
    <message>
        <source>Time rules</source>
        <translation>قواعد الوقت</translation>
    </message>
    <message>
        <source>Today&apos;s use</source>
        <translation>استخدام اليوم</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Extra minutes to grant for today</source>
        <translation>دقائق إضافية تُمنح لليوم</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>منح</translation>
    </message>
    <message>
        <source>Grant the extra minutes for today</source>
        <translation>امنح الدقائق الإضافية لليوم</translation>
    </message>
    <message>
        <source>Extra time adds to today&apos;s daily limit only; it does not change the allowed hours.</source>
        <translation>يُضاف الوقت الإضافي إلى الحد اليومي لهذا اليوم فقط؛ ولا يغيّر الساعات المسموح بها.</translation>
    </message>
    <message>
        <source>Extra time today</source>
        <translation>وقت إضافي اليوم</translation>
    </message>
    <message>
        <source>Approved models</source>
        <translation>النماذج المعتمدة</translation>
    </message>
    <message>
        <source>Approve the current model</source>
        <translation>اعتماد النموذج الحالي</translation>
    </message>
    <message>
        <source>Approve the model in use now</source>
        <translation>اعتمد النموذج المستخدم الآن</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected model</source>
        <translation>أزِل النموذج المحدد</translation>
    </message>
    <message>
        <source>Allow any model</source>
        <translation>السماح بأي نموذج</translation>
    </message>
    <message>
        <source>Keep the text of conversations in the audit log</source>
        <translation>الاحتفاظ بنص المحادثات في سجل التدقيق</translation>
    </message>
    <message>
        <source>Keep conversation text in the audit log</source>
        <translation>الاحتفاظ بنص المحادثات في سجل التدقيق</translation>
    </message>
    <message>
        <source>The text is encrypted, only a guardian can read it, and the chat window says so to everyone. Off: only what happened is kept.</source>
        <translation>يُشفَّر النص، ولا يقرؤه إلا وليّ الأمر، وتُعلم نافذة المحادثة الجميع بذلك. عند الإيقاف: يُحفظ ما حدث فقط.</translation>
    </message>
    <message>
        <source>Watermark answers, so they can be recognised later</source>
        <translation>وضع علامة مائية على الإجابات ليمكن التعرف عليها لاحقًا</translation>
    </message>
    <message>
        <source>Watermark answers</source>
        <translation>علامة مائية على الإجابات</translation>
    </message>
    <message>
        <source>Changes to the audit log apply from the next start of Hearth.</source>
        <translation>تُطبَّق تغييرات سجل التدقيق بدءًا من التشغيل التالي لـ Hearth.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Kiosk mode, for a shared computer</source>
        <translation>وضع الكشك، لحاسوب مشترك</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>وضع الكشك</translation>
    </message>
    <message>
        <source> min without activity</source>
        <translation> دقيقة بلا نشاط</translation>
    </message>
    <message>
        <source>Lock the guardian settings again after this many minutes without activity</source>
        <translation>أعد قفل إعدادات وليّ الأمر بعد هذا العدد من الدقائق بلا نشاط</translation>
    </message>
    <message>
        <source> min without use</source>
        <translation> دقيقة بلا استخدام</translation>
    </message>
    <message>
        <source>In kiosk mode, start afresh after this many minutes without use</source>
        <translation>في وضع الكشك، ابدأ من جديد بعد هذا العدد من الدقائق بلا استخدام</translation>
    </message>
    <message>
        <source>Lock again after</source>
        <translation>إعادة القفل بعد</translation>
    </message>
    <message>
        <source>Kiosk: start afresh after</source>
        <translation>الكشك: البدء من جديد بعد</translation>
    </message>
    <message>
        <source>Kiosk and locking</source>
        <translation>الكشك والقفل</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>تغيير عبارة المرور…</translation>
    </message>
    <message>
        <source>Change the guardian&apos;s passphrase</source>
        <translation>غيّر عبارة مرور وليّ الأمر</translation>
    </message>
    <message>
        <source>Remove guardian…</source>
        <translation>إزالة وليّ الأمر…</translation>
    </message>
    <message>
        <source>Remove the guardian</source>
        <translation>أزِل وليّ الأمر</translation>
    </message>
    <message>
        <source>Audit log…</source>
        <translation>سجل التدقيق…</translation>
    </message>
    <message>
        <source>Open the audit log</source>
        <translation>افتح سجل التدقيق</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>القفل الآن</translation>
    </message>
    <message>
        <source>Lock the guardian settings now</source>
        <translation>اقفل إعدادات وليّ الأمر الآن</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the guardian settings</source>
        <translation>احفظ إعدادات وليّ الأمر</translation>
    </message>
    <message>
        <source>Any model may be used.</source>
        <translation>يمكن استخدام أي نموذج.</translation>
    </message>
    <message>
        <source>No model is approved: Hearth will not chat until one is.</source>
        <translation>لا يوجد نموذج معتمد: لن يحادث Hearth حتى يُعتمد نموذج.</translation>
    </message>
    <message>
        <source>Only these models may be used:</source>
        <translation>لا يمكن استخدام إلا هذه النماذج:</translation>
    </message>
    <message>
        <source>{0} (in use now)</source>
        <translation>{0} (مستخدم الآن)</translation>
    </message>
    <message>
        <source>a model not in use now</source>
        <translation>نموذج غير مستخدم الآن</translation>
    </message>
    <message>
        <source>There is no daily limit.</source>
        <translation>لا يوجد حد يومي.</translation>
    </message>
    <message>
        <source>Used today: {0} min. There is no daily limit.</source>
        <translation>المستخدم اليوم: {0} دقيقة. لا يوجد حد يومي.</translation>
    </message>
    <message>
        <source>Today&apos;s usage record is damaged, so today&apos;s time counts as used up. Granting extra time starts today afresh.</source>
        <translation>سجل استخدام اليوم تالف، لذا يُحتسب وقت اليوم مستنفدًا. منح وقت إضافي يبدأ اليوم من جديد.</translation>
    </message>
    <message>
        <source>Used today: {0} min of {1} min + {2} min extra. Left today: {3} min.</source>
        <translation>المستخدم اليوم: {0} دقيقة من {1} دقيقة + {2} دقيقة إضافية. المتبقي اليوم: {3} دقيقة.</translation>
    </message>
    <message>
        <source>Used today: {0} min of {1} min. Left today: {2} min.</source>
        <translation>المستخدم اليوم: {0} دقيقة من {1} دقيقة. المتبقي اليوم: {2} دقيقة.</translation>
    </message>
    <message numerus="yes">
        <source>Unlocked · locks again after %n minute(s) without activity</source>
        <translation>
            <numerusform>القفل مفتوح · يُقفل مجددًا فورًا (%n) بلا نشاط</numerusform>
            <numerusform>القفل مفتوح · يُقفل مجددًا بعد دقيقة واحدة (%n) بلا نشاط</numerusform>
            <numerusform>القفل مفتوح · يُقفل مجددًا بعد دقيقتين (%n) بلا نشاط</numerusform>
            <numerusform>القفل مفتوح · يُقفل مجددًا بعد %n دقائق بلا نشاط</numerusform>
            <numerusform>القفل مفتوح · يُقفل مجددًا بعد %n دقيقة بلا نشاط</numerusform>
            <numerusform>القفل مفتوح · يُقفل مجددًا بعد %n دقيقة بلا نشاط</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>{0} extra minutes granted for today.</source>
        <translation>مُنحت {0} دقيقة إضافية لليوم.</translation>
    </message>
    <message>
        <source>Remove the guardian?</source>
        <translation>إزالة وليّ الأمر؟</translation>
    </message>
    <message>
        <source>Hearth will no longer be locked: anyone using this computer can change the safety profile, the time limits and the approved models. The audit log keeps a record that the guardian was removed.</source>
        <translation>لن يبقى Hearth مقفلًا: سيتمكن أي شخص يستخدم هذا الحاسوب من تغيير ملف الأمان وحدود الوقت والنماذج المعتمدة. يحتفظ سجل التدقيق بما يثبت أن وليّ الأمر أُزيل.</translation>
    </message>
    <message>
        <source>Remove guardian</source>
        <translation>إزالة وليّ الأمر</translation>
    </message>
    <message>
        <source>Keep the guardian</source>
        <translation>الإبقاء على وليّ الأمر</translation>
    </message>
</context>
<context>
    <name>GuardianSetupDialog</name>
    <message>
        <source>Set up a guardian</source>
        <translation>إعداد وليّ الأمر</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>ارجع إلى الخطوة السابقة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel the guardian set-up</source>
        <translation>ألغِ إعداد وليّ الأمر</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <source>A guardian is the grown-up (a parent, carer or teacher) who decides what Hearth allows on this computer. Once a guardian is set up, the safety profile, the time limits and the approved models can only be changed with the guardian&apos;s passphrase.</source>
        <translation>وليّ الأمر هو الشخص البالغ (أحد الوالدين أو مقدّم الرعاية أو المعلّم) الذي يقرّر ما يسمح به Hearth على هذا الحاسوب. بعد إعداد وليّ الأمر، لا يمكن تغيير ملف الأمان وحدود الوقت والنماذج المعتمدة إلا بعبارة مرور وليّ الأمر.</translation>
    </message>
    <message>
        <source>Why not a 4-digit PIN? It has only 10,000 possibilities, which someone can try in an afternoon. A few unrelated words are easier to remember and far harder to guess.</source>
        <translation>لماذا لا يكون رمز PIN من 4 أرقام؟ لأن له 10,000 احتمال فقط، ويمكن لأحدهم تجربتها كلها في فترة بعد الظهر. أما بضع كلمات لا رابط بينها فهي أسهل تذكّرًا وأصعب تخمينًا بكثير.</translation>
    </message>
    <message>
        <source>Choose the guardian&apos;s passphrase</source>
        <translation>اختر عبارة مرور وليّ الأمر</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy for this computer does not use a guardian&apos;s settings, so a guardian cannot be set up here.</source>
        <translation>سياسة مؤسستك لهذا الحاسوب لا تستخدم إعدادات وليّ الأمر، لذا لا يمكن إعداد وليّ أمر هنا.</translation>
    </message>
    <message>
        <source>{0} Setting up a guardian again replaces those settings.</source>
        <translation>{0} إعداد وليّ الأمر مجددًا يستبدل تلك الإعدادات.</translation>
    </message>
    <message>
        <source>Profile to lock</source>
        <translation>ملف الأمان المراد قفله</translation>
    </message>
    <message>
        <source>Limit when and how long Hearth can be used</source>
        <translation>حدّد متى يمكن استخدام Hearth وإلى متى</translation>
    </message>
    <message>
        <source>Only allow the model in use now</source>
        <translation>السماح بالنموذج المستخدم الآن فقط</translation>
    </message>
    <message>
        <source>The model in use now: {0}</source>
        <translation>النموذج المستخدم الآن: {0}</translation>
    </message>
    <message>
        <source>Kiosk mode, for a shared computer</source>
        <translation>وضع الكشك، لحاسوب مشترك</translation>
    </message>
    <message>
        <source>Kiosk mode</source>
        <translation>وضع الكشك</translation>
    </message>
    <message>
        <source>Choose what to lock</source>
        <translation>اختر ما تريد قفله</translation>
    </message>
    <message>
        <source>The guardian is set up. This is your recovery code:</source>
        <translation>تم إعداد وليّ الأمر. هذا هو رمز الاسترداد الخاص بك:</translation>
    </message>
    <message>
        <source>When you press Finish, Hearth locks. To change these settings later, open the guardian settings and enter your passphrase.</source>
        <translation>عند الضغط على «إنهاء»، يُقفل Hearth. لتغيير هذه الإعدادات لاحقًا، افتح إعدادات وليّ الأمر وأدخل عبارة المرور.</translation>
    </message>
    <message>
        <source>Write down the recovery code</source>
        <translation>دوّن رمز الاسترداد</translation>
    </message>
    <message>
        <source>Set up the lock</source>
        <translation>إعداد القفل</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Setting up the lock… this takes a moment.</source>
        <translation>جارٍ إعداد القفل… يستغرق هذا لحظة.</translation>
    </message>
    <message>
        <source>Write the recovery code down and tick the box first: it is shown only this once.</source>
        <translation>دوّن رمز الاسترداد وحدّد المربع أولًا: لن يظهر إلا هذه المرة فقط.</translation>
    </message>
</context>
<context>
    <name>ImportChoiceDialog</name>
    <message>
        <source>Import %1</source>
        <translation>استيراد %1</translation>
    </message>
    <message>
        <source>Copy into Hearth&apos;s models folder</source>
        <translation>نسخ إلى مجلد نماذج Hearth</translation>
    </message>
    <message>
        <source>Use it where it is (it must stay there)</source>
        <translation>استخدامه في مكانه (يجب أن يبقى هناك)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Import the model</source>
        <translation>استورد النموذج</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Do not import the model</source>
        <translation>لا تستورد النموذج</translation>
    </message>
</context>
<context>
    <name>LicenceDialog</name>
    <message>
        <source>Accept the model&apos;s licence</source>
        <translation>قبول ترخيص النموذج</translation>
    </message>
    <message>
        <source>not stated in the file</source>
        <translation>غير مذكور في الملف</translation>
    </message>
    <message>
        <source>%1 (%2) comes under this licence: %3. Read it before you use the model: accepting means you agree to its terms, and Hearth notes it in the audit log.</source>
        <translation>يخضع %1 (%2) لهذا الترخيص: %3. اقرأه قبل استخدام النموذج: القبول يعني موافقتك على شروطه، ويسجّل Hearth ذلك في سجل التدقيق.</translation>
    </message>
    <message>
        <source>The licence: %1</source>
        <translation>الترخيص: %1</translation>
    </message>
    <message>
        <source>Hearth&apos;s catalog has no link to this licence: look for it where the model came from.</source>
        <translation>لا يحتوي فهرس Hearth على رابط لهذا الترخيص: ابحث عنه في المصدر الذي جاء منه النموذج.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Accept the licence</source>
        <translation>اقبل الترخيص</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Do not accept the licence</source>
        <translation>لا تقبل الترخيص</translation>
    </message>
    <message>
        <source>The acceptance could not be saved: %1</source>
        <translation>تعذّر حفظ القبول: %1</translation>
    </message>
</context>
<context>
    <name>LocalApi</name>
    <message>
        <source>Hearth could not listen on port %1 (%2); choose another port.</source>
        <translation>تعذّر على Hearth الاستماع على المنفذ %1 (%2)؛ اختر منفذًا آخر.</translation>
    </message>
    <message>
        <source>The local API stopped unexpectedly; the details are in Hearth&apos;s log.</source>
        <translation>توقفت واجهة API المحلية على نحو غير متوقع؛ التفاصيل في سجل Hearth.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>الرئيسي</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>Models…</source>
        <translation>النماذج…</translation>
    </message>
    <message>
        <source>Installed models, importing, downloading and report cards (Ctrl+Shift+M)</source>
        <translation>النماذج المثبّتة والاستيراد والتنزيل وبطاقات التقييم (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>الأمان</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>جلسة جديدة</translation>
    </message>
    <message>
        <source>Start afresh: the conversation so far leaves the screen</source>
        <translation>ابدأ من جديد: تختفي المحادثة الحالية من الشاشة</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Safety profiles…</source>
        <translation>ملفات الأمان…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Guardian…</source>
        <translation>وليّ الأمر…</translation>
    </message>
    <message>
        <source>Edit, clone, import and export safety profiles (Ctrl+Shift+P)</source>
        <translation>عدّل ملفات الأمان واستنسخها واستوردها وصدّرها (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Conversation settings, and the appearance and language of the app (Ctrl+,)</source>
        <translation>إعدادات المحادثة، ومظهر التطبيق ولغته (Ctrl+,)</translation>
    </message>
    <message>
        <source>Unlock, lock and set up the guardian&apos;s controls (Ctrl+Shift+G)</source>
        <translation>افتح قفل عناصر تحكم وليّ الأمر أو أقفلها أو أعدّها (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Search chats</source>
        <translation>البحث في المحادثات</translation>
    </message>
    <message>
        <source>New chat</source>
        <translation>محادثة جديدة</translation>
    </message>
    <message>
        <source>Start a new conversation (Ctrl+N)</source>
        <translation>ابدأ محادثة جديدة (Ctrl+N)</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <source>A guardian can read the conversations on this computer.</source>
        <translation>يستطيع وليّ الأمر قراءة المحادثات على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The guardian&apos;s settings keep the text of conversations in the audit log, so a guardian can read them later.</source>
        <translation>تحتفظ إعدادات وليّ الأمر بنص المحادثات في سجل التدقيق، لذا يستطيع وليّ الأمر قراءتها لاحقًا.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>إعادة التوليد</translation>
    </message>
    <message>
        <source>Regenerate the last answer</source>
        <translation>أعد توليد الإجابة الأخيرة</translation>
    </message>
    <message>
        <source>Answer the last message again (Ctrl+R)</source>
        <translation>أجب عن الرسالة الأخيرة مجددًا (Ctrl+R)</translation>
    </message>
    <message>
        <source>Copy answer</source>
        <translation>نسخ الإجابة</translation>
    </message>
    <message>
        <source>Copy the last answer</source>
        <translation>انسخ الإجابة الأخيرة</translation>
    </message>
    <message>
        <source>Copy the last answer (Ctrl+Shift+C)</source>
        <translation>انسخ الإجابة الأخيرة (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Edit last</source>
        <translation>تعديل الأخيرة</translation>
    </message>
    <message>
        <source>Edit the last message</source>
        <translation>عدّل الرسالة الأخيرة</translation>
    </message>
    <message>
        <source>Edit and resend your last message (Ctrl+E, or Up in an empty box)</source>
        <translation>عدّل رسالتك الأخيرة وأعد إرسالها (Ctrl+E، أو السهم العلوي في مربع فارغ)</translation>
    </message>
    <message>
        <source>Enter to send · Shift+Enter for a new line</source>
        <translation>Enter للإرسال · Shift+Enter لسطر جديد</translation>
    </message>
    <message>
        <source>Guardian&apos;s lock</source>
        <translation>قفل وليّ الأمر</translation>
    </message>
    <message>
        <source>Machine-wide policy</source>
        <translation>سياسة على مستوى الجهاز</translation>
    </message>
    <message>
        <source>A policy file set by your school or organisation is in force on this computer</source>
        <translation>ملف سياسة وضعته مدرستك أو مؤسستك مطبَّق على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Copy last answer</source>
        <translation>نسخ الإجابة الأخيرة</translation>
    </message>
    <message>
        <source>Edit last message</source>
        <translation>تعديل الرسالة الأخيرة</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Appearance and language…</source>
        <translation>المظهر واللغة…</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>تكبير النص</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>تصغير النص</translation>
    </message>
    <message>
        <source>Text at 100%</source>
        <translation>النص بحجم 100٪</translation>
    </message>
    <message>
        <source>Delete conversation</source>
        <translation>حذف المحادثة</translation>
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>أتحذف «%1»؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Answer copied</source>
        <translation>نُسخت الإجابة</translation>
    </message>
    <message>
        <source>%1 / %2 tokens</source>
        <translation>%1 / %2 رمز</translation>
    </message>
    <message>
        <source>1 older message no longer fits in the context and was left out</source>
        <translation>رسالة أقدم واحدة لم تعد تتسع في السياق فاستُبعدت</translation>
    </message>
    <message numerus="yes">
        <source>%n older messages no longer fit in the context and were left out</source>
        <translation>
            <numerusform>لم تُستبعد أي رسالة أقدم من السياق (%n)</numerusform>
            <numerusform>رسالة أقدم واحدة (%n) لم تعد تتسع في السياق فاستُبعدت</numerusform>
            <numerusform>رسالتان أقدم (%n) لم تعودا تتسعان في السياق فاستُبعدتا</numerusform>
            <numerusform>%n رسائل أقدم لم تعد تتسع في السياق فاستُبعدت</numerusform>
            <numerusform>%n رسالة أقدم لم تعد تتسع في السياق فاستُبعدت</numerusform>
            <numerusform>%n رسالة أقدم لم تعد تتسع في السياق فاستُبعدت</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 رمز/ث</translation>
    </message>
    <message>
        <source>Message not sent</source>
        <translation>لم تُرسل الرسالة</translation>
    </message>
    <message>
        <source>Stop the answer</source>
        <translation>أوقف الإجابة</translation>
    </message>
    <message>
        <source>Text size: %1%</source>
        <translation>حجم النص: %1٪</translation>
    </message>
    <message>
        <source>Your preferences could not be saved</source>
        <translation>تعذّر حفظ تفضيلاتك</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The safety settings in force are the strictest of your choice and the guardian&apos;s or your organisation&apos;s. You can make things stricter, never looser.</source>
        <translation>إعدادات الأمان المطبّقة هي الأشد صرامة بين اختيارك واختيار وليّ الأمر أو مؤسستك. يمكنك جعلها أكثر صرامة، ولا يمكنك تخفيفها أبدًا.</translation>
    </message>
    <message>
        <source>The safety profile could not be changed</source>
        <translation>تعذّر تغيير ملف الأمان</translation>
    </message>
    <message>
        <source>Safety profile: %1</source>
        <translation>ملف الأمان: %1</translation>
    </message>
    <message>
        <source>%1 Until this is fixed, the strictest preset (Child) is in force. Choose a profile in the toolbar, or fix it in Safety profiles…</source>
        <translation>%1 إلى أن يُصلَح هذا، يُطبَّق الإعداد المسبق الأشد صرامة (Child). اختر ملف أمان من شريط الأدوات، أو أصلحه في «ملفات الأمان…»</translation>
    </message>
    <message>
        <source>The safety profile could not be read</source>
        <translation>تعذّرت قراءة ملف الأمان</translation>
    </message>
    <message>
        <source>%1 Until this is mended, Hearth uses its strictest settings. A guardian or your organisation&apos;s administrator can fix it.</source>
        <translation>%1 إلى أن يُصلَح هذا، يستخدم Hearth أشد إعداداته صرامة. يستطيع وليّ الأمر أو مسؤول النظام في مؤسستك إصلاحه.</translation>
    </message>
    <message>
        <source>Hearth is using its strictest settings</source>
        <translation>يستخدم Hearth أشد إعداداته صرامة</translation>
    </message>
    <message>
        <source>Hearth is resting</source>
        <translation>Hearth في استراحة</translation>
    </message>
</context>
<context>
    <name>ManagedNote</name>
    <message>
        <source>Managed setting</source>
        <translation>إعداد مُدار</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <source>Message Hearth…</source>
        <translation>اكتب رسالة إلى Hearth…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Enter sends the message, Shift+Enter starts a new line, and Up in an empty box edits your last message.</source>
        <translation>يرسل Enter الرسالة، ويبدأ Shift+Enter سطرًا جديدًا، ويعدّل السهم العلوي في مربع فارغ رسالتك الأخيرة.</translation>
    </message>
</context>
<context>
    <name>ModelActions</name>
    <message>
        <source>Memory will be tight with this model: %1</source>
        <translation>ستكون الذاكرة محدودة مع هذا النموذج: %1</translation>
    </message>
    <message>
        <source>%1 on the server %2</source>
        <translation>%1 على الخادم %2</translation>
    </message>
    <message>
        <source>The model that writes the answers</source>
        <translation>النموذج الذي يكتب الإجابات</translation>
    </message>
    <message>
        <source>Answers come from the inference server (Models… → Inference server); choose This computer there to use these models</source>
        <translation>تأتي الإجابات من خادم الاستدلال (النماذج… ← خادم الاستدلال)؛ اختر «هذا الحاسوب» هناك لاستخدام هذه النماذج</translation>
    </message>
    <message>
        <source>Only approved models are listed (%1)</source>
        <translation>لا تُعرض إلا النماذج المعتمدة (%1)</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>اختيارك</translation>
    </message>
</context>
<context>
    <name>ModelDetails</name>
    <message>
        <source>Use this model</source>
        <translation>استخدام هذا النموذج</translation>
    </message>
    <message>
        <source>Use this model for answers</source>
        <translation>استخدم هذا النموذج للإجابات</translation>
    </message>
    <message>
        <source>Accept licence…</source>
        <translation>قبول الترخيص…</translation>
    </message>
    <message>
        <source>Read and accept the licence</source>
        <translation>اقرأ الترخيص واقبله</translation>
    </message>
    <message>
        <source>Show chat template…</source>
        <translation>عرض قالب المحادثة…</translation>
    </message>
    <message>
        <source>Show the chat template</source>
        <translation>اعرض قالب المحادثة</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>Remove this model</source>
        <translation>أزِل هذا النموذج</translation>
    </message>
    <message>
        <source>Report card…</source>
        <translation>بطاقة التقييم…</translation>
    </message>
    <message>
        <source>Run the model&apos;s report card</source>
        <translation>شغّل بطاقة تقييم النموذج</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>البنية</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>التكميم</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>طول السياق</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>قالب المحادثة</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Choose a model in the list</source>
        <translation>اختر نموذجًا من القائمة</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 رمز</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>%1 (not accepted yet)</source>
        <translation>%1 (لم يُقبل بعد)</translation>
    </message>
    <message>
        <source>The bundled model is part of Hearth and cannot be removed.</source>
        <translation>النموذج المرفق جزء من Hearth ولا يمكن إزالته.</translation>
    </message>
    <message>
        <source>%1 now writes the answers.</source>
        <translation>يكتب %1 الإجابات الآن.</translation>
    </message>
    <message>
        <source>Hearth forgets %1; the file stays where it is.</source>
        <translation>سينسى Hearth النموذج %1؛ ويبقى الملف في مكانه.</translation>
    </message>
    <message>
        <source>%1 is deleted from Hearth&apos;s models folder. This cannot be undone.</source>
        <translation>سيُحذف %1 من مجلد نماذج Hearth. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Remove %1?</source>
        <translation>أتزيل %1؟</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>إبقاء</translation>
    </message>
    <message>
        <source>%1 could not be removed: %2</source>
        <translation>تعذّرت إزالة %1: %2</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>أُزيل %1.</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>The model that writes the answers</source>
        <translation>النموذج الذي يكتب الإجابات</translation>
    </message>
    <message>
        <source>Open GGUF file…</source>
        <translation>فتح ملف GGUF…</translation>
    </message>
    <message>
        <source>Use a GGUF model file from anywhere on this computer</source>
        <translation>استخدم ملف نموذج GGUF من أي مكان على هذا الحاسوب</translation>
    </message>
    <message>
        <source>SmolLM2 135M Instruct (bundled)</source>
        <translation>SmolLM2 135M Instruct (مرفق)</translation>
    </message>
    <message>
        <source>%1 (not approved)</source>
        <translation>%1 (غير معتمد)</translation>
    </message>
    <message>
        <source>Checking which models are approved…</source>
        <translation>جارٍ التحقّق من النماذج المعتمدة…</translation>
    </message>
    <message>
        <source>Open a GGUF model</source>
        <translation>فتح نموذج GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>نماذج GGUF (*.gguf)</translation>
    </message>
</context>
<context>
    <name>ModelsView</name>
    <message>
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <source>Installed models</source>
        <translation>النماذج المثبّتة</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Import a model file</source>
        <translation>استورد ملف نموذج</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>ألغِ الاستيراد</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>المثبّتة</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>تنزيل</translation>
    </message>
    <message>
        <source>Inference server</source>
        <translation>خادم الاستدلال</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close the models view</source>
        <translation>أغلق عرض النماذج</translation>
    </message>
    <message>
        <source>Reading the model files…</source>
        <translation>جارٍ قراءة ملفات النماذج…</translation>
    </message>
    <message>
        <source>Add a GGUF model file from this computer</source>
        <translation>أضف ملف نموذج GGUF من هذا الحاسوب</translation>
    </message>
    <message>
        <source>Import a GGUF model</source>
        <translation>استيراد نموذج GGUF</translation>
    </message>
    <message>
        <source>GGUF models (*.gguf)</source>
        <translation>نماذج GGUF (*.gguf)</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>أُضيف %1.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>أُلغي الاستيراد؛ لم يُضَف شيء.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>At least {0} characters, a few words work well</source>
        <translation>{0} أحرف على الأقل، وبضع كلمات خيار جيد</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>عبارة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>عبارة المرور نفسها مرة أخرى</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>إظهار عبارة المرور</translation>
    </message>
    <message>
        <source>Show the passphrase as it is typed</source>
        <translation>أظهر عبارة المرور أثناء كتابتها</translation>
    </message>
    <message>
        <source>Passphrase hint</source>
        <translation>تلميح عبارة المرور</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>اكتبها مرة أخرى</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>At least {0} characters.</source>
        <translation>{0} أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Good. Now type it again to confirm.</source>
        <translation>جيد. اكتبها الآن مرة أخرى للتأكيد.</translation>
    </message>
    <message>
        <source>✓ The passphrases match.</source>
        <translation>✓ عبارتا المرور متطابقتان.</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>Safety profiles [*]</source>
        <translation>ملفات الأمان [*]</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>احفظ ملف الأمان</translation>
    </message>
    <message>
        <source>Close the profile editor</source>
        <translation>أغلق محرر ملفات الأمان</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>ملفات الأمان</translation>
    </message>
    <message>
        <source>Safety profiles</source>
        <translation>ملفات الأمان</translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation>استنساخ…</translation>
    </message>
    <message>
        <source>Clone this profile</source>
        <translation>استنسخ ملف الأمان هذا</translation>
    </message>
    <message>
        <source>Copy this profile (with any unsaved changes) under a new name</source>
        <translation>انسخ ملف الأمان هذا (مع أي تغييرات غير محفوظة) باسم جديد</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Import a profile file</source>
        <translation>استورد ملف أمان</translation>
    </message>
    <message>
        <source>Add a profile someone shared with you (a TOML file)</source>
        <translation>أضف ملف أمان شاركه أحدهم معك (ملف TOML)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Export this profile</source>
        <translation>صدّر ملف الأمان هذا</translation>
    </message>
    <message>
        <source>Save the profile to a TOML file to share it</source>
        <translation>احفظ ملف الأمان في ملف TOML لمشاركته</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Delete this profile</source>
        <translation>احذف ملف الأمان هذا</translation>
    </message>
    <message>
        <source>Delete this custom profile (presets cannot be deleted)</source>
        <translation>احذف ملف الأمان المخصص هذا (لا يمكن حذف الإعدادات المسبقة)</translation>
    </message>
    <message>
        <source>This is a preset, so it is read-only. Clone a preset to change it.</source>
        <translation>هذا إعداد مسبق، لذا فهو للقراءة فقط. استنسخ الإعداد المسبق لتغييره.</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>اسم ملف الأمان</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>الفئة المستهدفة</translation>
    </message>
    <message>
        <source>Who the safety messages are worded for</source>
        <translation>لمن تُصاغ رسائل الأمان</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>طفل</translation>
    </message>
    <message>
        <source>Teen</source>
        <translation>مراهق</translation>
    </message>
    <message>
        <source>Adult</source>
        <translation>بالغ</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> رمز</translation>
    </message>
    <message>
        <source>Answer length cap</source>
        <translation>الحد الأقصى لطول الإجابة</translation>
    </message>
    <message>
        <source>The longest answer this profile allows</source>
        <translation>أطول إجابة يسمح بها ملف الأمان هذا</translation>
    </message>
    <message>
        <source>System prompt addition</source>
        <translation>إضافة إلى رسالة النظام</translation>
    </message>
    <message>
        <source>Added to every conversation&apos;s system prompt under this profile</source>
        <translation>تُضاف إلى رسالة النظام في كل محادثة تحت ملف الأمان هذا</translation>
    </message>
    <message>
        <source>Watermark answers</source>
        <translation>علامة مائية على الإجابات</translation>
    </message>
    <message>
        <source>Nudge the model&apos;s word choices in a pattern only this device&apos;s key can detect, so “Verify a text…” can recognise the answers later, even without their provenance record</source>
        <translation>وجّه اختيارات النموذج للكلمات وفق نمط لا يكشفه إلا مفتاح هذا الجهاز، حتى يتمكن «تحقّق من نص…» من التعرف على الإجابات لاحقًا، حتى دون سجل إثبات المصدر الخاص بها</translation>
    </message>
    <message>
        <source>Who decided these settings</source>
        <translation>من قرّر هذه الإعدادات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>إثبات المصدر</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>جرّبه</translation>
    </message>
    <message>
        <source>Rules by category</source>
        <translation>القواعد حسب الفئة</translation>
    </message>
    <message>
        <source>Managed by guardian</source>
        <translation>يديره وليّ الأمر</translation>
    </message>
    <message>
        <source>This is the profile in force now: the strictest of your choice and any guardian&apos;s or organisation&apos;s settings. It is read-only.</source>
        <translation>هذا هو ملف الأمان المطبَّق الآن: الأشد صرامة بين اختيارك وإعدادات وليّ الأمر أو المؤسسة. وهو للقراءة فقط.</translation>
    </message>
    <message>
        <source>Managed by guardian — unlock to edit</source>
        <translation>يديره وليّ الأمر — افتح القفل للتعديل</translation>
    </message>
    <message>
        <source>Managed by your organisation — ask your administrator</source>
        <translation>تديره مؤسستك — اسأل مسؤول النظام</translation>
    </message>
    <message>
        <source>off</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>required</source>
        <translation>إلزامي</translation>
    </message>
    <message>
        <source>Answer length cap: %1 tokens, set by %2</source>
        <translation>الحد الأقصى لطول الإجابة: %1 رمز، المُحدِّد: %2</translation>
    </message>
    <message>
        <source>Guard model: %1, set by %2</source>
        <translation>نموذج الحماية: %1، المُحدِّد: %2</translation>
    </message>
    <message>
        <source>Audience: %1, set by %2</source>
        <translation>الفئة المستهدفة: %1، المُحدِّد: %2</translation>
    </message>
    <message>
        <source>Watermark: on, set by %1</source>
        <translation>العلامة المائية: مفعّلة، المُحدِّد: %1</translation>
    </message>
    <message>
        <source>Watermark: off, set by %1</source>
        <translation>العلامة المائية: معطّلة، المُحدِّد: %1</translation>
    </message>
    <message>
        <source>Time rules: none, set by %1</source>
        <translation>قواعد الوقت: لا شيء، المُحدِّد: %1</translation>
    </message>
    <message>
        <source>Time rules: limited hours, set by %1</source>
        <translation>قواعد الوقت: ساعات محدودة، المُحدِّد: %1</translation>
    </message>
    <message>
        <source>Time rules: limited hours and %2 minutes a day, set by %1</source>
        <translation>قواعد الوقت: ساعات محدودة و%2 دقيقة يوميًا، المُحدِّد: %1</translation>
    </message>
    <message>
        <source>Time rules: %2 minutes a day, set by %1</source>
        <translation>قواعد الوقت: %2 دقيقة يوميًا، المُحدِّد: %1</translation>
    </message>
    <message>
        <source>Approved models: any, set by %1</source>
        <translation>النماذج المعتمدة: أي نموذج، المُحدِّد: %1</translation>
    </message>
    <message numerus="yes">
        <source>Approved models: %n file(s) by hash, set by %1</source>
        <translation>
            <numerusform>النماذج المعتمدة: لا ملفات (%n) بقيمة التجزئة، المُحدِّد: %1</numerusform>
            <numerusform>النماذج المعتمدة: ملف واحد (%n) بقيمة التجزئة، المُحدِّد: %1</numerusform>
            <numerusform>النماذج المعتمدة: ملفان (%n) بقيمة التجزئة، المُحدِّد: %1</numerusform>
            <numerusform>النماذج المعتمدة: %n ملفات بقيمة التجزئة، المُحدِّد: %1</numerusform>
            <numerusform>النماذج المعتمدة: %n ملفًا بقيمة التجزئة، المُحدِّد: %1</numerusform>
            <numerusform>النماذج المعتمدة: %n ملف بقيمة التجزئة، المُحدِّد: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Kiosk mode: on, set by %1</source>
        <translation>وضع الكشك: مفعّل، المُحدِّد: %1</translation>
    </message>
    <message>
        <source>Kiosk mode: off, set by %1</source>
        <translation>وضع الكشك: معطّل، المُحدِّد: %1</translation>
    </message>
    <message>
        <source>Audit log keeps: the text of conversations too, set by %1</source>
        <translation>يحتفظ سجل التدقيق: بنص المحادثات أيضًا، المُحدِّد: %1</translation>
    </message>
    <message>
        <source>Audit log keeps: what happened, not what was said, set by %1</source>
        <translation>يحتفظ سجل التدقيق: بما حدث لا بما قيل، المُحدِّد: %1</translation>
    </message>
    <message>
        <source>Conversations kept: until deleted, set by %1</source>
        <translation>مدة حفظ المحادثات: حتى تُحذف، المُحدِّد: %1</translation>
    </message>
    <message numerus="yes">
        <source>Conversations kept: %n day(s), set by %1</source>
        <translation>
            <numerusform>مدة حفظ المحادثات: لا أيام (%n)، المُحدِّد: %1</numerusform>
            <numerusform>مدة حفظ المحادثات: يوم واحد (%n)، المُحدِّد: %1</numerusform>
            <numerusform>مدة حفظ المحادثات: يومان (%n)، المُحدِّد: %1</numerusform>
            <numerusform>مدة حفظ المحادثات: %n أيام، المُحدِّد: %1</numerusform>
            <numerusform>مدة حفظ المحادثات: %n يومًا، المُحدِّد: %1</numerusform>
            <numerusform>مدة حفظ المحادثات: %n يوم، المُحدِّد: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>In force now</source>
        <translation>المطبَّق الآن</translation>
    </message>
    <message>
        <source>The safety settings the screen applies now, and who decided each</source>
        <translation>إعدادات الأمان التي يطبّقها الفحص الآن، ومن قرّر كلًّا منها</translation>
    </message>
    <message>
        <source>%1 (preset, read-only)</source>
        <translation>%1 (إعداد مسبق، للقراءة فقط)</translation>
    </message>
    <message>
        <source>Presets are read-only. Clone a preset to change it.</source>
        <translation>الإعدادات المسبقة للقراءة فقط. استنسخ الإعداد المسبق لتغييره.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>أعطِ ملف الأمان اسمًا.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>تعذّر حفظ ملف الأمان: %1</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>حُفظ «%1».</translation>
    </message>
    <message>
        <source>%1 (my copy)</source>
        <translation>%1 (نسختي)</translation>
    </message>
    <message>
        <source>The copy could not be saved: %1</source>
        <translation>تعذّر حفظ النسخة: %1</translation>
    </message>
    <message>
        <source>Cloned as “%1”. Change it here, then Save.</source>
        <translation>استُنسخ باسم «%1». غيّره هنا، ثم اضغط «حفظ».</translation>
    </message>
    <message>
        <source>The file could not be imported: %1</source>
        <translation>تعذّر استيراد الملف: %1</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>استُورد «%1».</translation>
    </message>
    <message>
        <source>Save your changes first: Export writes the saved profile.</source>
        <translation>احفظ تغييراتك أولًا: التصدير يكتب ملف الأمان المحفوظ.</translation>
    </message>
    <message>
        <source>The profile could not be exported: %1</source>
        <translation>تعذّر تصدير ملف الأمان: %1</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>صُدّر «%1» إلى %2.</translation>
    </message>
    <message>
        <source>“%1” is the profile the guardian locked. Lock another profile in Guardian… before deleting this one.</source>
        <translation>«%1» هو ملف الأمان الذي قفله وليّ الأمر. اقفل ملف أمان آخر من «وليّ الأمر…» قبل حذف هذا الملف.</translation>
    </message>
    <message>
        <source>“%1” is the profile in use. Choose another profile in the toolbar before deleting this one.</source>
        <translation>«%1» هو ملف الأمان المستخدم. اختر ملف أمان آخر من شريط الأدوات قبل حذف هذا الملف.</translation>
    </message>
    <message>
        <source>The profile could not be deleted: %1</source>
        <translation>تعذّر حذف ملف الأمان: %1</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>حُذف «%1».</translation>
    </message>
    <message>
        <source>Some profile files could not be read and are not listed: %1</source>
        <translation>تعذّرت قراءة بعض ملفات الأمان فلم تُدرج: %1</translation>
    </message>
    <message>
        <source>Clone profile</source>
        <translation>استنساخ ملف الأمان</translation>
    </message>
    <message>
        <source>Name of the new profile:</source>
        <translation>اسم ملف الأمان الجديد:</translation>
    </message>
    <message>
        <source>Import a safety profile</source>
        <translation>استيراد ملف أمان</translation>
    </message>
    <message>
        <source>Safety profiles (*.toml *.json)</source>
        <translation>ملفات الأمان (*.toml *.json)</translation>
    </message>
    <message>
        <source>Export the safety profile</source>
        <translation>تصدير ملف الأمان</translation>
    </message>
    <message>
        <source>Safety profiles (*.toml)</source>
        <translation>ملفات الأمان (*.toml)</translation>
    </message>
    <message>
        <source>Replace profile</source>
        <translation>استبدال ملف الأمان</translation>
    </message>
    <message>
        <source>The imported profile “%1” has the same id as your profile “%2”. Replace it?</source>
        <translation>ملف الأمان المستورد «%1» له المعرّف نفسه الذي لملف الأمان «%2» الخاص بك. أتستبدله؟</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>حذف ملف الأمان</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? This cannot be undone.</source>
        <translation>أتحذف ملف الأمان «%1»؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Save them?</source>
        <translation>في «%1» تغييرات غير محفوظة. أتحفظها؟</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>Safety profile</source>
        <translation>ملف الأمان</translation>
    </message>
    <message>
        <source>What the safety screen blocks, warns about or allows</source>
        <translation>ما يحظره فحص الأمان أو يحذّر منه أو يسمح به</translation>
    </message>
</context>
<context>
    <name>ProfileRulesModel</name>
    <message>
        <source>Set by</source>
        <translation>المُحدِّد</translation>
    </message>
    <message>
        <source>The score (0.00–1.00) at or above which the action applies</source>
        <translation>الدرجة (0.00–1.00) التي يُطبَّق الإجراء عندها أو فوقها</translation>
    </message>
    <message>
        <source>What happens to what the user sends</source>
        <translation>ما يحدث لما يرسله المستخدم</translation>
    </message>
    <message>
        <source>What happens to what the model writes</source>
        <translation>ما يحدث لما يكتبه النموذج</translation>
    </message>
    <message>
        <source>Scores from %1 up to the threshold get a warning instead.</source>
        <translation>الدرجات من %1 حتى العتبة تتلقى تحذيرًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Only a block rule can have a warning band: set the action to Block to use it.</source>
        <translation>لا يمكن أن يكون نطاق التحذير إلا لقاعدة حظر: اضبط الإجراء على «حظر» لاستخدامه.</translation>
    </message>
    <message>
        <source>Clone a preset to change it</source>
        <translation>استنسخ إعدادًا مسبقًا لتغييره</translation>
    </message>
    <message>
        <source>Prompt: %1</source>
        <translation>الرسالة: %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>الإجابة: %1</translation>
    </message>
    <message>
        <source>Who decided this rule: you, the guardian or your organisation. The rule in force is the strictest of theirs.</source>
        <translation>من قرّر هذه القاعدة: أنت أو وليّ الأمر أو مؤسستك. القاعدة المطبّقة هي الأشد صرامة بينها.</translation>
    </message>
    <message>
        <source>not used: only block rules have a warning band</source>
        <translation>غير مستخدم: نطاق التحذير لقواعد الحظر فقط</translation>
    </message>
    <message>
        <source>no warning band</source>
        <translation>بلا نطاق تحذير</translation>
    </message>
    <message>
        <source>For a block rule: scores from this value up to the threshold get a warning instead of passing. “—” means no warning band; slide to the far left (0) to remove the band.</source>
        <translation>لقاعدة الحظر: الدرجات من هذه القيمة حتى العتبة تتلقى تحذيرًا بدلًا من أن تمر. «—» تعني عدم وجود نطاق تحذير؛ اسحب إلى أقصى اليمين (0) لإزالة النطاق.</translation>
    </message>
    <message>
        <source>Prompt action</source>
        <translation>إجراء الرسالة</translation>
    </message>
    <message>
        <source>Prompt threshold</source>
        <translation>عتبة الرسالة</translation>
    </message>
    <message>
        <source>Prompt warns from</source>
        <translation>تحذير الرسالة من</translation>
    </message>
    <message>
        <source>Answer action</source>
        <translation>إجراء الإجابة</translation>
    </message>
    <message>
        <source>Answer threshold</source>
        <translation>عتبة الإجابة</translation>
    </message>
    <message>
        <source>Answer warns from</source>
        <translation>تحذير الإجابة من</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>Child</source>
        <translation>طفل</translation>
    </message>
    <message>
        <source>Teen</source>
        <translation>مراهق</translation>
    </message>
    <message>
        <source>School</source>
        <translation>مدرسة</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>قياسي</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>For children under 13: blocks every hazard category, keeps answers short and kind, and stops personal details from being shared.</source>
        <translation>للأطفال دون 13 عامًا: يحظر جميع فئات المخاطر، ويُبقي الإجابات قصيرة ولطيفة، ويمنع مشاركة المعلومات الشخصية.</translation>
    </message>
    <message>
        <source>For ages 13 to 17: blocks hazards and explicit content, warns on specialised advice and on sharing personal details.</source>
        <translation>للأعمار من 13 إلى 17 عامًا: يحظر المخاطر والمحتوى الصريح، وينبّه عند طلب نصائح متخصصة وعند مشاركة المعلومات الشخصية.</translation>
    </message>
    <message>
        <source>For classrooms and school labs: blocks hazards and off-task explicit content; warns on specialised advice and personal details.</source>
        <translation>للفصول الدراسية ومختبرات المدارس: يحظر المخاطر والمحتوى الصريح الخارج عن الموضوع، وينبّه عند طلب نصائح متخصصة وعند مشاركة المعلومات الشخصية.</translation>
    </message>
    <message>
        <source>For adults: blocks serious hazards, warns on specialised advice and on sharing personal details.</source>
        <translation>للبالغين: يحظر المخاطر الجسيمة، وينبّه عند طلب نصائح متخصصة وعند مشاركة المعلومات الشخصية.</translation>
    </message>
    <message>
        <source>For adults who want few limits: blocks only child exploitation, mass-casualty weapons, violent crime and jailbreaks; warns on the rest.</source>
        <translation>للبالغين الذين يريدون قيودًا قليلة: يحظر فقط استغلال الأطفال وأسلحة الإصابات الجماعية والجرائم العنيفة ومحاولات كسر القيود، وينبّه عند البقية.</translation>
    </message>
</context>
<context>
    <name>ProvenanceActions</name>
    <message>
        <source>Copy with provenance</source>
        <translation>نسخ مع إثبات المصدر</translation>
    </message>
    <message>
        <source>Save answer with provenance…</source>
        <translation>حفظ الإجابة مع إثبات المصدر…</translation>
    </message>
    <message>
        <source>Export conversation…</source>
        <translation>تصدير المحادثة…</translation>
    </message>
    <message>
        <source>Save this conversation as Markdown or HTML, with every answer&apos;s signed provenance record beside it</source>
        <translation>احفظ هذه المحادثة بتنسيق Markdown أو HTML، مع سجل إثبات المصدر الموقّع لكل إجابة بجانبها</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Verify a text…</source>
        <translation>تحقّق من نص…</translation>
    </message>
    <message>
        <source>Check whether a text came from this device, with which model and safety profile, and whether it was changed (Ctrl+Shift+K)</source>
        <translation>تحقّق مما إذا كان نص ما قد صدر عن هذا الجهاز، وبأي نموذج وملف أمان، وما إذا كان قد تغيّر (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>More ways to copy: with provenance, save, export, verify</source>
        <translation>طرق أخرى للنسخ: مع إثبات المصدر، أو الحفظ، أو التصدير، أو التحقّق</translation>
    </message>
    <message>
        <source>Copy or save the answer with its signed record of where it came from, export the conversation, or check a text</source>
        <translation>انسخ الإجابة أو احفظها مع سجلها الموقّع الذي يثبت مصدرها، أو صدّر المحادثة، أو تحقّق من نص</translation>
    </message>
    <message>
        <source>Copy the last answer with its signed provenance record</source>
        <translation>انسخ الإجابة الأخيرة مع سجل إثبات المصدر الموقّع</translation>
    </message>
    <message>
        <source>Save the last answer to a text file, with its signed provenance record beside it</source>
        <translation>احفظ الإجابة الأخيرة في ملف نصي، مع سجل إثبات المصدر الموقّع بجانبها</translation>
    </message>
    <message>
        <source>Wait until the answer has finished</source>
        <translation>انتظر حتى تكتمل الإجابة</translation>
    </message>
    <message>
        <source>There is no answer in this conversation yet</source>
        <translation>لا توجد إجابة في هذه المحادثة بعد</translation>
    </message>
    <message>
        <source>The last answer was blocked, so there is no text to copy</source>
        <translation>حُظرت الإجابة الأخيرة، لذا لا يوجد نص لنسخه</translation>
    </message>
    <message>
        <source>The last answer has no provenance record: it was written before Hearth signed answers</source>
        <translation>ليس للإجابة الأخيرة سجل إثبات مصدر: فقد كُتبت قبل أن يبدأ Hearth بتوقيع الإجابات</translation>
    </message>
    <message>
        <source>Answer copied with its provenance record</source>
        <translation>نُسخت الإجابة مع سجل إثبات المصدر</translation>
    </message>
    <message>
        <source>The answer could not be saved</source>
        <translation>تعذّر حفظ الإجابة</translation>
    </message>
    <message>
        <source>Saved %1 and its provenance record %2</source>
        <translation>حُفظ %1 وسجل إثبات المصدر %2</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>المساعد</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>The conversation could not be exported</source>
        <translation>تعذّر تصدير المحادثة</translation>
    </message>
    <message>
        <source>Exported %1; no answer in it has a provenance record, so %2 is empty</source>
        <translation>صُدّر %1؛ لا توجد فيه أي إجابة لها سجل إثبات مصدر، لذا فإن %2 فارغ</translation>
    </message>
    <message>
        <source>Exported %1, with its answer&apos;s provenance record in %2</source>
        <translation>صُدّر %1، مع سجل إثبات مصدر إجابته في %2</translation>
    </message>
    <message>
        <source>Exported %1, with %3 answers&apos; provenance records in %2</source>
        <translation>صُدّر %1، مع سجلات إثبات المصدر لـ %3 إجابات في %2</translation>
    </message>
    <message>
        <source>Save answer with provenance</source>
        <translation>حفظ الإجابة مع إثبات المصدر</translation>
    </message>
    <message>
        <source>Text files (*.txt);;Markdown (*.md);;All files (*)</source>
        <translation>ملفات نصية (*.txt);;Markdown (*.md);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>تصدير المحادثة</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation>انسخ رمز الاسترداد</translation>
    </message>
    <message>
        <source>I have written the recovery code down</source>
        <translation>دوّنتُ رمز الاسترداد</translation>
    </message>
    <message>
        <source>This code is shown only once. Keep it somewhere safe, away from this computer: it lets you choose a new passphrase if you forget this one, and then it is replaced by a new code.</source>
        <translation>لا يظهر هذا الرمز إلا مرة واحدة. احتفظ به في مكان آمن بعيدًا عن هذا الحاسوب: فهو يتيح لك اختيار عبارة مرور جديدة إذا نسيت هذه، ثم يُستبدل برمز جديد.</translation>
    </message>
    <message>
        <source>Recovery code {0}</source>
        <translation>رمز الاسترداد {0}</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>نُسخ</translation>
    </message>
</context>
<context>
    <name>ReportCardSection</name>
    <message>
        <source>Report card progress</source>
        <translation>تقدّم بطاقة التقييم</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel the report card</source>
        <translation>ألغِ بطاقة التقييم</translation>
    </message>
    <message>
        <source>Report card</source>
        <translation>بطاقة التقييم</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Export the report card</source>
        <translation>صدّر بطاقة التقييم</translation>
    </message>
    <message>
        <source>No report card yet. It measures how often the model refuses harmful requests and harmless ones, without Hearth&apos;s safety screen.</source>
        <translation>لا توجد بطاقة تقييم بعد. تقيس عدد مرات رفض النموذج للطلبات الضارة والطلبات غير الضارة، دون فحص الأمان في Hearth.</translation>
    </message>
    <message>
        <source>Newest report card, made %1:</source>
        <translation>أحدث بطاقة تقييم، أُعدّت %1:</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>جارٍ تحميل النموذج…</translation>
    </message>
    <message>
        <source>%1 of %2 prompts</source>
        <translation>%1 من %2 رسالة</translation>
    </message>
    <message>
        <source>The report card was kept in %1.</source>
        <translation>حُفظت بطاقة التقييم في %1.</translation>
    </message>
    <message>
        <source>The report card was stopped; nothing was kept.</source>
        <translation>أُوقفت بطاقة التقييم؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The report card could not be saved to %1: %2</source>
        <translation>تعذّر حفظ بطاقة التقييم في %1: %2</translation>
    </message>
    <message>
        <source>The report card was saved to %1.</source>
        <translation>حُفظت بطاقة التقييم في %1.</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>صفحات ويب (*.html)</translation>
    </message>
</context>
<context>
    <name>RestingNotice</name>
    <message>
        <source>Hearth is resting</source>
        <translation>Hearth في استراحة</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <source>the on-device classifier</source>
        <translation>المصنِّف على الجهاز</translation>
    </message>
    <message>
        <source>the jailbreak and prompt-injection check</source>
        <translation>فحص كسر القيود وحقن التعليمات</translation>
    </message>
    <message>
        <source>the personal-information check</source>
        <translation>فحص المعلومات الشخصية</translation>
    </message>
    <message>
        <source>the passwords-and-keys check</source>
        <translation>فحص كلمات المرور والمفاتيح</translation>
    </message>
    <message>
        <source>the guard model</source>
        <translation>نموذج الحماية</translation>
    </message>
    <message>
        <source>You don&apos;t have to go through this alone</source>
        <translation>لستَ مضطرًا لمواجهة هذا وحدك</translation>
    </message>
    <message>
        <source>It sounds like you might be going through something really hard. Talking to someone can help, and there are people ready to listen right now.</source>
        <translation>يبدو أنك قد تمر بشيء صعب حقًا. التحدث إلى أحد قد يساعدك، وهناك أشخاص مستعدون للاستماع إليك الآن.</translation>
    </message>
    <message>
        <source>It sounds like you might be feeling really sad or hurt. Please tell a grown-up you trust, like a parent or teacher. You can also call someone who is there to help:</source>
        <translation>يبدو أنك قد تشعر بحزن شديد أو بألم. أرجوك أخبر شخصًا بالغًا تثق به، مثل أحد والديك أو معلّمك. ويمكنك أيضًا الاتصال بمن هو موجود للمساعدة:</translation>
    </message>
    <message>
        <source>Answer stopped</source>
        <translation>أُوقفت الإجابة</translation>
    </message>
    <message>
        <source>Hearth stopped this answer because it began to include something about %1. Let&apos;s talk about something else!</source>
        <translation>أوقف Hearth هذه الإجابة لأنها بدأت تتحدث عن %1. لنتحدث عن شيء آخر!</translation>
    </message>
    <message>
        <source>Hearth stopped this answer because it began to include %1 (%2), which the %3 profile does not allow.</source>
        <translation>أوقف Hearth هذه الإجابة لأنها بدأت تتضمن %1 (%2)، وهو ما لا يسمح به ملف الأمان %3.</translation>
    </message>
    <message>
        <source>Send this message?</source>
        <translation>أترسل هذه الرسالة؟</translation>
    </message>
    <message>
        <source>This message may involve %1 (%2). The %3 profile asks you to confirm before it is sent.</source>
        <translation>قد تتضمن هذه الرسالة %1 (%2). يطلب ملف الأمان %3 تأكيدك قبل إرسالها.</translation>
    </message>
    <message>
        <source>Let&apos;s talk about something else</source>
        <translation>لنتحدث عن شيء آخر</translation>
    </message>
    <message>
        <source>That question is about %1, so I can&apos;t help with it. If something is worrying you, talk to a grown-up you trust.</source>
        <translation>هذا السؤال عن %1، لذا لا أستطيع المساعدة فيه. إذا كان هناك ما يقلقك، فتحدّث إلى شخص بالغ تثق به.</translation>
    </message>
    <message>
        <source>Message not sent</source>
        <translation>لم تُرسل الرسالة</translation>
    </message>
    <message>
        <source>This message looks like a request for %1 (%2), which the %3 profile blocks.</source>
        <translation>تبدو هذه الرسالة طلبًا يخص %1 (%2)، وهو ما يحظره ملف الأمان %3.</translation>
    </message>
    <message>
        <source>Decided by %1 (score %2, threshold %3) in profile layer %4.</source>
        <translation>قرّره %1 (الدرجة %2، العتبة %3) في طبقة ملف الأمان %4.</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>سماح</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>حظر</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Conversation settings</source>
        <translation>إعدادات المحادثة</translation>
    </message>
    <message>
        <source>These settings apply to the current conversation.</source>
        <translation>تنطبق هذه الإعدادات على المحادثة الحالية.</translation>
    </message>
    <message>
        <source>&amp;Appearance and language…</source>
        <translation>ال&amp;مظهر واللغة…</translation>
    </message>
    <message>
        <source>Language, high contrast and text size for the whole app</source>
        <translation>اللغة والتباين العالي وحجم النص للتطبيق كله</translation>
    </message>
    <message>
        <source>%1: can be lowered, not raised above %2</source>
        <translation>%1: يمكن خفضه، لا رفعه فوق %2</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>Violent crimes</source>
        <translation>جرائم العنف</translation>
    </message>
    <message>
        <source>help with violence against people or animals</source>
        <translation>المساعدة على العنف ضد الناس أو الحيوانات</translation>
    </message>
    <message>
        <source>hurting people or animals</source>
        <translation>إيذاء الناس أو الحيوانات</translation>
    </message>
    <message>
        <source>Non-violent crimes</source>
        <translation>جرائم غير عنيفة</translation>
    </message>
    <message>
        <source>help with crimes such as fraud, theft, hacking or drugs</source>
        <translation>المساعدة في جرائم مثل الاحتيال أو السرقة أو الاختراق أو المخدرات</translation>
    </message>
    <message>
        <source>breaking the law, like stealing or tricking people</source>
        <translation>مخالفة القانون، مثل السرقة أو خداع الناس</translation>
    </message>
    <message>
        <source>Sex-related crimes</source>
        <translation>جرائم جنسية</translation>
    </message>
    <message>
        <source>help with sexual assault, harassment or trafficking</source>
        <translation>المساعدة في الاعتداء الجنسي أو التحرش أو الاتجار بالبشر</translation>
    </message>
    <message>
        <source>something that could hurt people and is not OK</source>
        <translation>أمر قد يؤذي الناس وليس مقبولًا</translation>
    </message>
    <message>
        <source>Child sexual exploitation</source>
        <translation>الاستغلال الجنسي للأطفال</translation>
    </message>
    <message>
        <source>sexual content involving minors</source>
        <translation>محتوى جنسي يتعلق بقاصرين</translation>
    </message>
    <message>
        <source>something that is never OK</source>
        <translation>أمر غير مقبول أبدًا</translation>
    </message>
    <message>
        <source>Defamation</source>
        <translation>التشهير</translation>
    </message>
    <message>
        <source>false statements that could harm a real person&apos;s reputation</source>
        <translation>ادعاءات كاذبة قد تضر بسمعة شخص حقيقي</translation>
    </message>
    <message>
        <source>saying untrue, unkind things about real people</source>
        <translation>قول أشياء غير صحيحة وجارحة عن أشخاص حقيقيين</translation>
    </message>
    <message>
        <source>Specialized advice</source>
        <translation>نصائح متخصصة</translation>
    </message>
    <message>
        <source>medical, legal or financial advice that needs a professional</source>
        <translation>نصائح طبية أو قانونية أو مالية تحتاج إلى مختص</translation>
    </message>
    <message>
        <source>a question a doctor, lawyer or trusted grown-up should answer</source>
        <translation>سؤال ينبغي أن يجيب عنه طبيب أو محامٍ أو شخص بالغ تثق به</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>الخصوصية</translation>
    </message>
    <message>
        <source>sensitive private information about other people</source>
        <translation>معلومات خاصة حساسة عن أشخاص آخرين</translation>
    </message>
    <message>
        <source>other people&apos;s private information</source>
        <translation>المعلومات الخاصة بالآخرين</translation>
    </message>
    <message>
        <source>Intellectual property</source>
        <translation>الملكية الفكرية</translation>
    </message>
    <message>
        <source>copying protected works or bypassing licences</source>
        <translation>نسخ أعمال محمية أو التحايل على التراخيص</translation>
    </message>
    <message>
        <source>copying other people&apos;s work without permission</source>
        <translation>نسخ أعمال الآخرين دون إذن</translation>
    </message>
    <message>
        <source>Indiscriminate weapons</source>
        <translation>الأسلحة عشوائية الأثر</translation>
    </message>
    <message>
        <source>chemical, biological, radiological, nuclear weapons or explosives</source>
        <translation>الأسلحة الكيميائية أو البيولوجية أو الإشعاعية أو النووية أو المتفجرات</translation>
    </message>
    <message>
        <source>dangerous weapons that could hurt many people</source>
        <translation>أسلحة خطيرة قد تؤذي كثيرًا من الناس</translation>
    </message>
    <message>
        <source>Hate</source>
        <translation>الكراهية</translation>
    </message>
    <message>
        <source>content that demeans people for who they are</source>
        <translation>محتوى يحطّ من قدر الناس بسبب هويتهم</translation>
    </message>
    <message>
        <source>being mean to people because of who they are</source>
        <translation>الإساءة إلى الناس بسبب هويتهم</translation>
    </message>
    <message>
        <source>Suicide and self-harm</source>
        <translation>الانتحار وإيذاء النفس</translation>
    </message>
    <message>
        <source>suicide, self-harm or disordered eating</source>
        <translation>الانتحار أو إيذاء النفس أو اضطرابات الأكل</translation>
    </message>
    <message>
        <source>hurting yourself</source>
        <translation>إيذاء نفسك</translation>
    </message>
    <message>
        <source>Sexual content</source>
        <translation>المحتوى الجنسي</translation>
    </message>
    <message>
        <source>explicit sexual content</source>
        <translation>محتوى جنسي صريح</translation>
    </message>
    <message>
        <source>grown-up content</source>
        <translation>محتوى للكبار</translation>
    </message>
    <message>
        <source>Elections</source>
        <translation>الانتخابات</translation>
    </message>
    <message>
        <source>false information about voting and elections</source>
        <translation>معلومات كاذبة عن التصويت والانتخابات</translation>
    </message>
    <message>
        <source>wrong information about voting</source>
        <translation>معلومات خاطئة عن التصويت</translation>
    </message>
    <message>
        <source>Code interpreter abuse</source>
        <translation>إساءة استخدام مفسّر الشيفرة</translation>
    </message>
    <message>
        <source>attempts to abuse code execution or the host system</source>
        <translation>محاولات إساءة استخدام تنفيذ الشيفرة أو النظام المضيف</translation>
    </message>
    <message>
        <source>trying to misuse the computer</source>
        <translation>محاولة إساءة استخدام الحاسوب</translation>
    </message>
    <message>
        <source>Jailbreak or prompt injection</source>
        <translation>كسر القيود أو حقن التعليمات</translation>
    </message>
    <message>
        <source>an attempt to make the assistant ignore its rules</source>
        <translation>محاولة لجعل المساعد يتجاهل قواعده</translation>
    </message>
    <message>
        <source>trying to trick the assistant into breaking its rules</source>
        <translation>محاولة خداع المساعد ليخالف قواعده</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>المعلومات الشخصية</translation>
    </message>
    <message>
        <source>personal details such as an address, phone number, school or card</source>
        <translation>بيانات شخصية مثل عنوان أو رقم هاتف أو مدرسة أو بطاقة</translation>
    </message>
    <message>
        <source>private things about you, like where you live or your phone number</source>
        <translation>أمور خاصة بك، مثل مكان سكنك أو رقم هاتفك</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Chat template of %1</source>
        <translation>قالب المحادثة لـ %1</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>قالب المحادثة</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>ما وجده الفحص</translation>
    </message>
    <message>
        <source>Sample conversation as the model sees it</source>
        <translation>محادثة نموذجية كما يراها النموذج</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close the chat template</source>
        <translation>أغلق قالب المحادثة</translation>
    </message>
    <message>
        <source>Sample conversation as the model sees it:</source>
        <translation>محادثة نموذجية كما يراها النموذج:</translation>
    </message>
    <message>
        <source>Checking the template…</source>
        <translation>جارٍ فحص القالب…</translation>
    </message>
    <message>
        <source>(not rendered)</source>
        <translation>(لم يُعرض)</translation>
    </message>
</context>
<context>
    <name>TimeRules</name>
    <message>
        <source>A guardian can unlock Hearth and grant extra time.</source>
        <translation>يستطيع وليّ الأمر فتح قفل Hearth ومنح وقت إضافي.</translation>
    </message>
    <message>
        <source>It opens again %1.</source>
        <translation>يفتح مجددًا %1.</translation>
    </message>
    <message>
        <source>Today&apos;s time with Hearth is used up.</source>
        <translation>انتهى وقت اليوم مع Hearth.</translation>
    </message>
    <message>
        <source>Hearth is not open at any time this week.</source>
        <translation>Hearth غير متاح في أي وقت هذا الأسبوع.</translation>
    </message>
    <message>
        <source>Hearth is resting now.</source>
        <translation>Hearth في استراحة الآن.</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>يوم %1 الساعة %2</translation>
    </message>
</context>
<context>
    <name>TimeRulesEditor</name>
    <message>
        <source>No daily limit</source>
        <translation>بلا حد يومي</translation>
    </message>
    <message>
        <source> min a day</source>
        <translation> دقيقة يوميًا</translation>
    </message>
    <message>
        <source>Daily time limit in minutes</source>
        <translation>الحد اليومي للوقت بالدقائق</translation>
    </message>
    <message>
        <source>Some days allow more than one stretch of time. They are shown simplified; changing anything here replaces them.</source>
        <translation>تسمح بعض الأيام بأكثر من فترة زمنية واحدة. تُعرض هنا مبسّطة؛ وتغيير أي شيء هنا يستبدلها.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>الحد اليومي</translation>
    </message>
    <message>
        <source>A time “to” before “from” runs past midnight; 00:00 to 00:00 is the whole day.</source>
        <translation>الوقت «إلى» الذي يسبق «من» يمتد إلى ما بعد منتصف الليل؛ ومن 00:00 إلى 00:00 يعني اليوم كله.</translation>
    </message>
</context>
<context>
    <name>TrustKeyDialog</name>
    <message>
        <source>Trust a public key</source>
        <translation>الوثوق بمفتاح عام</translation>
    </message>
    <message>
        <source>Paste the public key of the device that signed the text: a PEM block, 64 hex digits or base64 (Hearth&apos;s “Export public key…” writes one). Before you trust it, compare its fingerprint with the one that device shows.</source>
        <translation>الصق المفتاح العام للجهاز الذي وقّع النص: كتلة PEM، أو 64 رقمًا ست عشريًا، أو base64 (يكتب أمر «تصدير المفتاح العام…» في Hearth واحدًا منها). قبل أن تثق به، قارن بصمته بالبصمة التي يعرضها ذلك الجهاز.</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>المفتاح العام</translation>
    </message>
    <message>
        <source>Load key file…</source>
        <translation>تحميل ملف مفتاح…</translation>
    </message>
    <message>
        <source>Load a public key file</source>
        <translation>حمّل ملف مفتاح عام</translation>
    </message>
    <message>
        <source>Fingerprint of the key</source>
        <translation>بصمة المفتاح</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Do not trust a key</source>
        <translation>لا تثق بأي مفتاح</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>الوثوق بهذا المفتاح</translation>
    </message>
    <message>
        <source>Trust this key for these checks</source>
        <translation>ثق بهذا المفتاح في عمليات الفحص هذه</translation>
    </message>
    <message>
        <source>The key&apos;s fingerprint appears here.</source>
        <translation>تظهر بصمة المفتاح هنا.</translation>
    </message>
    <message>
        <source>This is not a public key: %1.</source>
        <translation>هذا ليس مفتاحًا عامًا: %1.</translation>
    </message>
    <message>
        <source>This is this device&apos;s own key; it is always trusted.</source>
        <translation>هذا هو مفتاح هذا الجهاز نفسه؛ وهو موثوق دائمًا.</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>البصمة:</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>Load a public key</source>
        <translation>تحميل مفتاح عام</translation>
    </message>
    <message>
        <source>Public keys (*.pem *.pub *.txt);;All files (*)</source>
        <translation>المفاتيح العامة (*.pem *.pub *.txt);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>TryItPanel</name>
    <message>
        <source>This text could not be checked; details are in the log.</source>
        <translation>تعذّر فحص هذا النص؛ التفاصيل في السجل.</translation>
    </message>
    <message>
        <source>Type a message to see what this profile would do with it…</source>
        <translation>اكتب رسالة لترى ما سيفعله ملف الأمان هذا بها…</translation>
    </message>
    <message>
        <source>Try a message</source>
        <translation>جرّب رسالة</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>Type a message above to try this profile.</source>
        <translation>اكتب رسالة أعلاه لتجربة ملف الأمان هذا.</translation>
    </message>
    <message>
        <source>nothing flagged</source>
        <translation>لم يُرصد شيء</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>الدرجة %1</translation>
    </message>
    <message>
        <source>(threshold %1)</source>
        <translation>(العتبة %1)</translation>
    </message>
    <message>
        <source>detector %1</source>
        <translation>الكاشف %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 مللي ثانية</translation>
    </message>
    <message>
        <source>Could not check this text</source>
        <translation>تعذّر فحص هذا النص</translation>
    </message>
</context>
<context>
    <name>TurnWorker</name>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>The answer could not be completed; details are in the log.</source>
        <translation>تعذّر إكمال الإجابة؛ التفاصيل في السجل.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Try again in {0} s</source>
        <translation>حاول مجددًا بعد {0} ث</translation>
    </message>
    <message>
        <source>Try again in {0} min</source>
        <translation>حاول مجددًا بعد {0} دقيقة</translation>
    </message>
    <message>
        <source>Guardian settings</source>
        <translation>إعدادات وليّ الأمر</translation>
    </message>
    <message>
        <source>There were too many wrong attempts in a row, so Hearth waits a little before the next one.</source>
        <translation>كانت هناك محاولات خاطئة كثيرة متتالية، لذا ينتظر Hearth قليلًا قبل المحاولة التالية.</translation>
    </message>
    <message>
        <source>Guardian&apos;s passphrase</source>
        <translation>عبارة مرور وليّ الأمر</translation>
    </message>
    <message>
        <source>Forgot the passphrase?</source>
        <translation>هل نسيت عبارة المرور؟</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the recovery code</source>
        <translation>هل نسيت عبارة المرور؟ استخدم رمز الاسترداد</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Unlock the guardian settings</source>
        <translation>افتح قفل إعدادات وليّ الأمر</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close without unlocking</source>
        <translation>أغلق دون فتح القفل</translation>
    </message>
    <message>
        <source>Enter the guardian&apos;s passphrase to change what Hearth allows.</source>
        <translation>أدخل عبارة مرور وليّ الأمر لتغيير ما يسمح به Hearth.</translation>
    </message>
    <message>
        <source>Enter the recovery code you wrote down when the guardian was set up, and choose a new passphrase. The old passphrase and the old code stop working.</source>
        <translation>أدخل رمز الاسترداد الذي دوّنته عند إعداد وليّ الأمر، واختر عبارة مرور جديدة. سيتوقف عمل عبارة المرور القديمة والرمز القديم.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <source>Back to the passphrase</source>
        <translation>العودة إلى عبارة المرور</translation>
    </message>
    <message>
        <source>Back to unlocking with the passphrase</source>
        <translation>عد إلى فتح القفل بعبارة المرور</translation>
    </message>
    <message>
        <source>Set the new passphrase</source>
        <translation>تعيين عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Unlock with the recovery code and set the new passphrase</source>
        <translation>افتح القفل برمز الاسترداد وعيّن عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Use the recovery code</source>
        <translation>استخدام رمز الاسترداد</translation>
    </message>
    <message>
        <source>The new passphrase is set. The old recovery code no longer works; this is the new one:</source>
        <translation>تم تعيين عبارة المرور الجديدة. لم يعد رمز الاسترداد القديم صالحًا؛ وهذا هو الرمز الجديد:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Done: open the guardian settings</source>
        <translation>تم: افتح إعدادات وليّ الأمر</translation>
    </message>
    <message>
        <source>Write down the new recovery code</source>
        <translation>دوّن رمز الاسترداد الجديد</translation>
    </message>
    <message>
        <source>Type the guardian&apos;s passphrase.</source>
        <translation>اكتب عبارة مرور وليّ الأمر.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>جارٍ التحقّق من عبارة المرور…</translation>
    </message>
    <message>
        <source>Type the recovery code.</source>
        <translation>اكتب رمز الاسترداد.</translation>
    </message>
    <message>
        <source>Checking the recovery code…</source>
        <translation>جارٍ التحقّق من رمز الاسترداد…</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check that Caps Lock is off and try again.</source>
        <translation>عبارة المرور هذه غير صحيحة. تأكد من أن مفتاح Caps Lock غير مفعّل وحاول مجددًا.</translation>
    </message>
    <message>
        <source>That recovery code is not right. Check it letter by letter and try again.</source>
        <translation>رمز الاسترداد هذا غير صحيح. راجعه حرفًا حرفًا وحاول مجددًا.</translation>
    </message>
    <message>
        <source>No guardian is set up on this computer any more.</source>
        <translation>لم يعد هناك وليّ أمر مُعَدّ على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>After several wrong attempts Hearth waits a little longer each time.</source>
        <translation>بعد عدة محاولات خاطئة، ينتظر Hearth مدة أطول قليلًا في كل مرة.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>يمكنك المحاولة مجددًا الآن.</translation>
    </message>
    <message>
        <source>Write the new recovery code down and tick the box first: it is shown only this once.</source>
        <translation>دوّن رمز الاسترداد الجديد وحدّد المربع أولًا: لن يظهر إلا هذه المرة فقط.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>it is larger than 4 MB</source>
        <translation>حجمه أكبر من 4 ميغابايت</translation>
    </message>
    <message>
        <source>Verify a text</source>
        <translation>التحقّق من نص</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>فحص</translation>
    </message>
    <message>
        <source>Check the text</source>
        <translation>افحص النص</translation>
    </message>
    <message>
        <source>Check the text (Ctrl+Enter)</source>
        <translation>افحص النص (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close the Verify dialog</source>
        <translation>أغلق نافذة التحقّق</translation>
    </message>
    <message>
        <source>Check whether a text came from this device, with which model and safety profile, and whether it was changed since. Paste the text; add its provenance record if you have one.</source>
        <translation>تحقّق مما إذا كان نص ما قد صدر عن هذا الجهاز، وبأي نموذج وملف أمان، وما إذا كان قد تغيّر منذ ذلك الحين. الصق النص؛ وأضف سجل إثبات المصدر الخاص به إن كان لديك.</translation>
    </message>
    <message>
        <source>This device&apos;s public key</source>
        <translation>المفتاح العام لهذا الجهاز</translation>
    </message>
    <message>
        <source>This device&apos;s public key fingerprint</source>
        <translation>بصمة المفتاح العام لهذا الجهاز</translation>
    </message>
    <message>
        <source>SHA-256 of this device&apos;s Ed25519 public key. Someone checking texts from this device compares it with the key they trust.</source>
        <translation>قيمة SHA-256 للمفتاح العام Ed25519 لهذا الجهاز. يقارنها من يتحقّق من نصوص هذا الجهاز بالمفتاح الذي يثق به.</translation>
    </message>
    <message>
        <source>Export public key…</source>
        <translation>تصدير المفتاح العام…</translation>
    </message>
    <message>
        <source>Export this device&apos;s public key</source>
        <translation>صدّر المفتاح العام لهذا الجهاز</translation>
    </message>
    <message>
        <source>Save the public key as a PEM file, so others can check texts signed on this device</source>
        <translation>احفظ المفتاح العام في ملف PEM، ليتمكن الآخرون من التحقّق من النصوص الموقّعة على هذا الجهاز</translation>
    </message>
    <message>
        <source>Text to check</source>
        <translation>النص المراد فحصه</translation>
    </message>
    <message>
        <source>Paste the text here, exactly as you received it</source>
        <translation>الصق النص هنا، تمامًا كما وصلك</translation>
    </message>
    <message>
        <source>&amp;Text to check</source>
        <translation>ال&amp;نص المراد فحصه</translation>
    </message>
    <message>
        <source>Open a text file…</source>
        <translation>فتح ملف نصي…</translation>
    </message>
    <message>
        <source>Open a text file to check</source>
        <translation>افتح ملفًا نصيًا لفحصه</translation>
    </message>
    <message>
        <source>Its provenance record (.intoto.json beside it) is loaded too</source>
        <translation>يُحمَّل أيضًا سجل إثبات المصدر الخاص به (.intoto.json بجانبه)</translation>
    </message>
    <message>
        <source>Provenance record</source>
        <translation>سجل إثبات المصدر</translation>
    </message>
    <message>
        <source>Optional: the record (.intoto.json) that came with the text. Without one, this device looks up its own record of the text.</source>
        <translation>اختياري: السجل (.intoto.json) الذي جاء مع النص. بدونه، يبحث هذا الجهاز في سجله الخاص عن النص.</translation>
    </message>
    <message>
        <source>&amp;Provenance record (optional)</source>
        <translation>&amp;سجل إثبات المصدر (اختياري)</translation>
    </message>
    <message>
        <source>Load record file…</source>
        <translation>تحميل ملف سجل…</translation>
    </message>
    <message>
        <source>Load a provenance record file</source>
        <translation>حمّل ملف سجل إثبات المصدر</translation>
    </message>
    <message>
        <source>A .intoto.json record, or the .intoto.jsonl bundle of an exported conversation</source>
        <translation>سجل .intoto.json، أو حزمة .intoto.jsonl لمحادثة مُصدَّرة</translation>
    </message>
    <message>
        <source>Trust a public key…</source>
        <translation>الوثوق بمفتاح عام…</translation>
    </message>
    <message>
        <source>Trust another device&apos;s public key</source>
        <translation>ثق بالمفتاح العام لجهاز آخر</translation>
    </message>
    <message>
        <source>Check texts signed on another Hearth device with its public key</source>
        <translation>افحص النصوص الموقّعة على جهاز Hearth آخر باستخدام مفتاحه العام</translation>
    </message>
    <message>
        <source>Keys trusted for these checks</source>
        <translation>المفاتيح الموثوقة لعمليات الفحص هذه</translation>
    </message>
    <message>
        <source>Forget them</source>
        <translation>نسيانها</translation>
    </message>
    <message>
        <source>Forget the trusted keys</source>
        <translation>انسَ المفاتيح الموثوقة</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>الحكم</translation>
    </message>
    <message>
        <source>A trusted key did not sign this record, so what it says below is only a claim.</source>
        <translation>لم يوقّع مفتاح موثوق هذا السجل، لذا فما يقوله أدناه مجرد ادعاء.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>The text or the record changed: press Check to check it again.</source>
        <translation>تغيّر النص أو السجل: اضغط «فحص» لفحصه مجددًا.</translation>
    </message>
    <message>
        <source>The text came with its provenance record; it is filled in below.</source>
        <translation>جاء النص مع سجل إثبات المصدر الخاص به؛ وقد أُدرج أدناه.</translation>
    </message>
    <message>
        <source>Paste the text to check first.</source>
        <translation>الصق النص المراد فحصه أولًا.</translation>
    </message>
    <message>
        <source>Checking the signature, this device&apos;s records and the watermark…</source>
        <translation>جارٍ فحص التوقيع وسجلات هذا الجهاز والعلامة المائية…</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>لا نتيجة بعد</translation>
    </message>
    <message>
        <source>Press Check to see whether the signature holds, whether this device wrote the text, and what its watermark test says.</source>
        <translation>اضغط «فحص» لترى ما إذا كان التوقيع صحيحًا، وما إذا كان هذا الجهاز قد كتب النص، وما يقوله اختبار العلامة المائية.</translation>
    </message>
    <message>
        <source>Trusting the key %1 for these checks.</source>
        <translation>يتم الوثوق بالمفتاح %1 لعمليات الفحص هذه.</translation>
    </message>
    <message>
        <source>Also trusting (until this window closes):</source>
        <translation>موثوق أيضًا (حتى إغلاق هذه النافذة):</translation>
    </message>
    <message>
        <source>The public key could not be saved to %1: %2.</source>
        <translation>تعذّر حفظ المفتاح العام في %1: %2.</translation>
    </message>
    <message>
        <source>Saved this device&apos;s public key to %1.</source>
        <translation>حُفظ المفتاح العام لهذا الجهاز في %1.</translation>
    </message>
    <message>
        <source>Loaded the record %1.</source>
        <translation>حُمّل السجل %1.</translation>
    </message>
    <message>
        <source>Opened %1 and its provenance record %2.</source>
        <translation>فُتح %1 وسجل إثبات المصدر الخاص به %2.</translation>
    </message>
    <message>
        <source>Opened %1. It has no provenance record beside it, so this device looks up its own.</source>
        <translation>فُتح %1. لا يوجد بجانبه سجل إثبات مصدر، لذا يبحث هذا الجهاز في سجله الخاص.</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>ليس نصًا بترميز UTF-8</translation>
    </message>
    <message>
        <source>%1 could not be read: %2.</source>
        <translation>تعذّرت قراءة %1: %2.</translation>
    </message>
    <message>
        <source>Load a provenance record</source>
        <translation>تحميل سجل إثبات المصدر</translation>
    </message>
    <message>
        <source>Provenance records (*.intoto.json *.intoto.jsonl *.json *.jsonl);;All files (*)</source>
        <translation>سجلات إثبات المصدر (*.intoto.json *.intoto.jsonl *.json *.jsonl);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Open a text to check</source>
        <translation>فتح نص لفحصه</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>ملفات نصية (*.txt *.md);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Public keys (*.pem)</source>
        <translation>المفاتيح العامة (*.pem)</translation>
    </message>
</context>
<context>
    <name>WarnFromDelegate</name>
    <message>
        <source>Scores from this value up to the threshold get a warning instead of passing. At the far left (—) there is no warning band. It cannot go above the threshold.</source>
        <translation>الدرجات من هذه القيمة حتى العتبة تتلقى تحذيرًا بدلًا من أن تمر. في أقصى اليمين (—) لا يوجد نطاق تحذير. ولا يمكن أن تتجاوز العتبة.</translation>
    </message>
</context>
<context>
    <name>WarningDialog</name>
    <message>
        <source>Check before sending</source>
        <translation>تحقّق قبل الإرسال</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Send the message anyway</source>
        <translation>أرسل الرسالة على أي حال</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Do not send; put the message back in the input box</source>
        <translation>لا ترسل؛ أعد الرسالة إلى مربع الإدخال</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>{0}: allowed {1}</source>
        <translation>{0}: مسموح {1}</translation>
    </message>
    <message>
        <source>Allow Hearth on {0}</source>
        <translation>السماح بـ Hearth يوم {0}</translation>
    </message>
</context>
</TS>
