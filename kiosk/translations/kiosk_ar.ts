<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AdminController</name>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>Wrong PIN. 1 more try before a wait.</source>
        <translation>الرمز غير صحيح. بقيت محاولة واحدة قبل الانتظار.</translation>
    </message>
    <message>
        <source>Wrong PIN. %1 more tries before a wait.</source>
        <translation>الرمز غير صحيح. المحاولات المتبقية قبل الانتظار: %1.</translation>
    </message>
    <message>
        <source>Content reloaded at %1.</source>
        <translation>أُعيد تحميل المحتوى في %1.</translation>
    </message>
    <message>
        <source>The content changed at %1 but has %2 error(s), so the kiosk still shows the previous content. Fix the errors below and save again.</source>
        <translation>تغيّر المحتوى في %1 لكن فيه أخطاء (%2)، لذا ما زال الكشك يعرض المحتوى السابق. صحّحوا الأخطاء أدناه ثم احفظوا الملف من جديد.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1.</source>
        <translation>محاولات خاطئة كثيرة. أعيدوا المحاولة بعد %1.</translation>
    </message>
    <message>
        <source>Reloading…</source>
        <translation>جارٍ إعادة التحميل…</translation>
    </message>
    <message>
        <source>The admin screen is not set up on this kiosk: no admin PIN has been set. Staff: see “Set the admin PIN” in the set-up guide.</source>
        <translation>شاشة الإدارة غير مُعدّة في هذا الكشك: لم يُحدَّد رمز للإدارة. للموظفين: راجعوا قسم «Set the admin PIN» في دليل الإعداد.</translation>
    </message>
</context>
<context>
    <name>AdminOverlay</name>
    <message>
        <source>Kiosk admin</source>
        <translation>إدارة الكشك</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Content folder</source>
        <translation>مجلد المحتوى</translation>
    </message>
    <message>
        <source>Visitor statistics</source>
        <translation>إحصاءات الزوار</translation>
    </message>
    <message>
        <source>Off: kiosk.toml turns them off</source>
        <translation>متوقفة: أوقفها ملف kiosk.toml</translation>
    </message>
    <message>
        <source>%1 visits today; the file takes %2 kB</source>
        <translation>%1 زيارة اليوم؛ حجم الملف %2 كيلوبايت</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>ملف السجل</translation>
    </message>
    <message>
        <source>Reload content now</source>
        <translation>إعادة تحميل المحتوى الآن</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>الخروج من الكشك</translation>
    </message>
    <message>
        <source>Not shown: the last change to the content has errors</source>
        <translation>لم يُعرض: في آخر تعديل على المحتوى أخطاء</translation>
    </message>
    <message>
        <source>Problems in the content on screen</source>
        <translation>مشكلات في المحتوى المعروض</translation>
    </message>
    <message>
        <source>The content on screen has no problems.</source>
        <translation>لا مشكلات في المحتوى المعروض.</translation>
    </message>
</context>
<context>
    <name>DecadeScrubber</name>
    <message>
        <source>%1s</source>
        <extracomment>A decade on the timeline&apos;s scrubber: %1 is its first year, 1960 for the 1960s.</extracomment>
        <translation>عقد %1</translation>
    </message>
</context>
<context>
    <name>EmptyDeckMessage</name>
    <message>
        <source>Nothing to show yet</source>
        <translation>لا شيء للعرض بعد</translation>
    </message>
</context>
<context>
    <name>FallbackTag</name>
    <message>
        <source>In English</source>
        <translation>بالإنجليزية</translation>
    </message>
    <message>
        <source>In French</source>
        <translation>بالفرنسية</translation>
    </message>
    <message>
        <source>In Arabic</source>
        <translation>بالعربية</translation>
    </message>
    <message>
        <source>In Spanish</source>
        <translation>بالإسبانية</translation>
    </message>
    <message>
        <source>In Portuguese</source>
        <translation>بالبرتغالية</translation>
    </message>
    <message>
        <source>In German</source>
        <translation>بالألمانية</translation>
    </message>
    <message>
        <source>In Italian</source>
        <translation>بالإيطالية</translation>
    </message>
    <message>
        <source>In Swahili</source>
        <translation>بالسواحيلية</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>باللغة: %1</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <source>Touch to explore</source>
        <extracomment>The attract loop&apos;s invitation, short: it sits in a pill at the foot of the screen.</extracomment>
        <translation>المس الشاشة للاستكشاف</translation>
    </message>
    <message>
        <source>The content has no panel the kiosk can show yet.
Staff: see “When something goes wrong” in the set-up guide.</source>
        <translation>لا يحتوي المحتوى بعدُ على أي لوحة يمكن للكشك عرضها.
للموظفين: راجعوا قسم «When something goes wrong» في دليل الإعداد.</translation>
    </message>
</context>
<context>
    <name>NavButton</name>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
</context>
<context>
    <name>PageTab</name>
    <message>
        <source>%1, panel %2 of %3</source>
        <translation>%1، اللوحة %2 من %3</translation>
    </message>
</context>
<context>
    <name>PanelPage</name>
    <message>
        <source>Panel %1 of %2, %3</source>
        <translation>اللوحة %1 من %2، %3</translation>
    </message>
</context>
<context>
    <name>PanelScroller</name>
    <message>
        <source>Back to the top</source>
        <translation>العودة إلى الأعلى</translation>
    </message>
    <message>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
</context>
<context>
    <name>PictureViewer</name>
    <message>
        <source>Tap or swipe down to close</source>
        <translation>المس أو اسحب إلى الأسفل للإغلاق</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Enter the admin PIN</source>
        <translation>أدخلوا رمز الإدارة</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>عرض المقدّم</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>End of the talk</source>
        <translation>نهاية العرض</translation>
    </message>
    <message>
        <source>No speaker notes for this panel.</source>
        <translation>لا توجد ملاحظات لهذه اللوحة.</translation>
    </message>
</context>
<context>
    <name>StickImport</name>
    <message>
        <source>Looking for USB sticks…</source>
        <translation>جارٍ البحث عن ذاكرات USB…</translation>
    </message>
    <message>
        <source>No content folder on a USB stick. Plug one in, then look again.</source>
        <translation>لا يوجد مجلد محتوى على ذاكرة USB. صِلْ واحدة ثم ابحث مرة أخرى.</translation>
    </message>
    <message>
        <source>Copying from the USB stick…</source>
        <translation>جارٍ النسخ من ذاكرة USB…</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>لم يُستورد: %1</translation>
    </message>
    <message>
        <source>Not imported: the content has %1 error(s). Nothing was changed.</source>
        <translation>لم يُستورد: في المحتوى %1 خطأ. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The previous content is back. It shows in a few seconds.</source>
        <translation>عاد المحتوى السابق. سيظهر خلال ثوانٍ.</translation>
    </message>
    <message>
        <source>Imported from %1. It shows in a few seconds; “Undo the last import” brings back the previous content.</source>
        <translation>استُورد من %1. سيظهر خلال ثوانٍ؛ «التراجع عن آخر استيراد» يعيد المحتوى السابق.</translation>
    </message>
</context>
<context>
    <name>StickImportPanel</name>
    <message>
        <source>New content from a USB stick</source>
        <translation>محتوى جديد من ذاكرة USB</translation>
    </message>
    <message>
        <source>Look for USB sticks again</source>
        <translation>البحث عن ذاكرات USB مرة أخرى</translation>
    </message>
    <message>
        <source>Undo the last import</source>
        <translation>التراجع عن آخر استيراد</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s)</source>
        <translation>%1 خطأ، %2 تحذير</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
</context>
<context>
    <name>SubPager</name>
    <message>
        <source>Part %1 of %2</source>
        <translation>الجزء %1 من %2</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>العودة إلى البداية</translation>
    </message>
    <message>
        <source>More</source>
        <translation>المزيد</translation>
    </message>
</context>
<context>
    <name>VisitorControls</name>
    <message>
        <source>Text size %1 %</source>
        <translation>حجم النص %1 %</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>التباين</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>Still</source>
        <translation>ثابت</translation>
    </message>
    <message>
        <source>Less motion</source>
        <translation>حركة أقل</translation>
    </message>
</context>
</TS>
