<#--
  رسالة الحملة بالعربية: ترجمة letter.md.ftl للمرسَل إليهم الذين لغتهم (العمود language أو locale)
  العربية. تطبع القيم نفسها التي يطبعها الأصل؛ والتواريخ والأرقام وعلامات التنصيص على الطريقة العربية.
  سطور عنوان المنظمة اللاتينية محاطة بعزل ثنائي الاتجاه (U+2068 … U+2069) ورقم الهاتف بعزل من اليسار إلى اليمين
  (U+2066 … U+2069)، كي تُقرأ «62 Britton Street» و«+44 (0)20 3422 4321» بترتيبها داخل الرسالة العربية.
-->
<#if !findings?has_content>
<#stop "no research finding applies to recipient '${recipient.id}': give it a product that a finding names">
</#if>
<#assign name = recipient.shortName!recipient.company>
---
title: "تحليل بيانات السحابة: رسالة إلى ${recipient.company}"
author: ${organisation.name}
subject: "تحليل بيانات السحابة: طلب ردّ بشأن احتمال إساءة استخدام بيانات عملائكم"
reference: ${letter.reference}
created: ${letter.date.iso}
keywords:
  - ${letter.reference}
  - تحليل بيانات السحابة
  - ${recipient.company}
letterhead:
  - ${organisation.name}
<#list organisation.address as line>
  - ⁨${line}⁩
</#list>
<#if organisation.phone??>
  - "هاتف ⁦${organisation.phone}⁩"
</#if>
<#if organisation.website??>
  - ${organisation.website}
</#if>
date: لندن في ${letter.date}
recipient:
  - ${recipient.company}
<#list recipient.address as line>
<#if line?index gt 0 || line != recipient.company>
  - ${line}
</#if>
</#list>
<#if recipient.emails?has_content>
  - ${message("letter.via.email", "addresses", recipient.emails?join("، "))}
</#if>
<#if recipient.handle??>
  - ${message("letter.via.platform", "also", recipient.emails?has_content?c, "platform", campaign.platform, "handle", recipient.handle)}
</#if>
salutation: ${letter.salutation}،
re: "الموضوع: تحليل بيانات السحابة – طلب ردّ بشأن احتمال إساءة استخدام بيانات عملائكم"
closing: وتفضّلوا بقبول فائق الاحترام والتقدير،
signature:
  - ${signatory.name}
<#if signatory.role??>
  - ${signatory.role}
</#if>
  - ${signatory.organisation}
---

يتبيّن من بحثنا (المرفق<#if campaign.briefingUrl??> والمتاح [على الإنترنت](${campaign.briefingUrl})</#if>) أنّ <#list findings as f>بيانات منتجكم ${f.product} يمكن الوصول إليها باستخدام ${f.tool}<#sep>، وأنّ </#sep></#list>.

لذلك **نودّ معرفة موقفكم من استخدام جهات إنفاذ القانون لتقنيات تحليل البيانات السحابية** للحصول على البيانات المخزّنة في السحابة، إذ نرى أنّ استخدام هذه التقنيات يطرح مشكلة جدّية تمسّ أمن بيانات عملائكم.

<#list findings as f>
<#if f.quotations?has_content>
وتؤكّد ${f.vendor} في هذا الصدد:

<#list f.quotations as q>
<@quote q/>
</#list>
</#if>
</#list>
نرجو منكم الردّ في موعد أقصاه **${letter.deadline}**. وما لم تُبلغونا بخلاف ذلك، فسنعدّ ردّكم قابلًا للنشر. وإن لم يصلنا منكم ردّ، فسنعلن أنّكم لم تردّوا.

## ملخّص بحثنا

<#include "summary.ar.md.ftl">

## عملاؤكم يعتمدون عليكم في حماية بياناتهم

تُظهر أبحاثنا أنّ بيانات عملائكم يمكن الحصول عليها باستخدام برمجيات وأجهزة لاستخراج البيانات من السحابة. ومع أنّكم تخزّنون هذه البيانات في السحابة، فقد كشف استطلاع أجرته YouGov<@footnote>${methodology("yougov-2019")}</@footnote> أنّ عددًا كبيرًا من الناس في المملكة المتحدة لا يفهمون مصطلح «الحوسبة السحابية».

### ${question("understand-cloud")}

<@chart question="understand-cloud"/>

ويُظهر الاستطلاع أيضًا أنّ ${figure("thought-about-storage", "not-thought")} من المشاركين لم يتساءلوا قطّ عن مكان تخزين البيانات التي تُنشئها تطبيقات هواتفهم، وأنّ ${figure("apps-use-cloud", "no-or-dont-know")} لا يعلمون هل تستخدم هذه التطبيقات التخزين السحابي، أو يظنّون أنّها لا تستخدمه.

### ${question("apps-use-cloud")}

<@chart question="apps-use-cloud"/>

ونرى أنّ من المقلق للغاية أن يجهل الناس مكان تخزين بياناتهم في حين تعرفه الشرطة – وتستطيع بنقرة واحدة الوصول إلى كمّيات هائلة من البيانات الحسّاسة.

وفي انتظار ردّكم، نبقى على استعداد لأيّ تواصل.
