<#-- המכתב בעברית, מקוצר: קמפיין שש השפות (SixLanguagesTest). -->
<#if !findings?has_content>
<#stop "no research finding applies to recipient '${recipient.id}': give it a product that a finding names">
</#if>
---
title: "ניתוח נתוני ענן: מכתב אל ${recipient.company}"
author: ${organisation.name}
subject: "ניתוח נתוני ענן: בקשה לתגובה"
reference: ${letter.reference}
created: ${letter.date.iso}
letterhead:
  - ${organisation.name}
<#list organisation.address as line>
  - ⁨${line}⁩
</#list>
<#if organisation.phone??>
  - "טלפון ⁦${organisation.phone}⁩"
</#if>
date: לונדון, ${letter.date}
recipient:
  - ${recipient.company}
<#list recipient.address as line>
<#if line?index gt 0 || line != recipient.company>
  - ${line}
</#if>
</#list>
<#if recipient.emails?has_content>
  - ${message("letter.via.email", "addresses", recipient.emails?join(", "))}
</#if>
<#if recipient.handle??>
  - ${message("letter.via.platform", "also", recipient.emails?has_content?c, "platform", campaign.platform, "handle", recipient.handle)}
</#if>
salutation: ${letter.salutation},
re: "הנדון: ניתוח נתוני ענן – בקשה לתגובה בנוגע לשימוש לרעה אפשרי בנתוני לקוחותיכם"
closing: בכבוד רב,
signature:
  - ${signatory.name}
  - ${signatory.organisation}
---

המחקר שלנו מראה כי <#list findings as f>ניתן לחלץ את נתוני המוצר שלכם ${f.product} באמצעות ${f.tool}<#sep>, וכי </#sep></#list>.

לכן **נבקש לדעת את עמדתכם בנוגע לשימוש של רשויות אכיפת החוק בכלים לניתוח נתוני ענן**. נבקש את תגובתכם עד **${letter.deadline}**. אלא אם תודיעו לנו אחרת, נראה בתגובתכם תגובה לפרסום; אם לא תגיב החברה, נפרסם זאת.

## הלקוחות שלכם סומכים עליכם

לפי הסקר שלנו, ${figure("thought-about-storage", "not-thought")} מהמשיבים מעולם לא תהו היכן נשמרים הנתונים של האפליקציות שלהם.
