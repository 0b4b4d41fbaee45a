<#--
  The follow-up to a letter of the cloud-extraction campaign that had no response by its deadline:
  `briefgen generate --follow-up` issues it, dated the day of the run. It cites the letter it chases
  (followUp.original: reference, date, deadline; followUp.earlier: the follow-ups before this one),
  restates the request and sets a new deadline (letter.deadline: the campaign's follow_up_days).
  Markdown with Freemarker, as letter.md.ftl: every ${…} is escaped.
-->
<#assign original = followUp.original>
---
title: ${campaign.title}: follow-up to ${recipient.company}
author: ${organisation.name}
subject: "Reminder: ${campaign.subject}"
reference: ${letter.reference}
created: ${letter.date.iso}
keywords:
  - ${letter.reference}
  - ${original.reference}
  - ${campaign.title}
  - ${recipient.company}
letterhead:
  - ${organisation.name}
<#list organisation.address as line>
  - ${line}
</#list>
<#if organisation.phone??>
  - Phone ${organisation.phone}
</#if>
<#if organisation.website??>
  - ${organisation.website}
</#if>
date: ${letter.date}
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
re: "RE: ${campaign.subject} (our letter ${original.reference} of ${original.date})"
closing: Kind regards,
signature:
  - ${signatory.name}
<#if signatory.role??>
  - ${signatory.role}
</#if>
  - ${signatory.organisation}
---

On ${original.date} we wrote to you, under our reference ${original.reference}, <#if findings?has_content>about our research showing that <#list findings as f>your product ${f.product} can be accessed using ${f.tool}<#sep>, and </#sep></#list>, </#if>and asked for a response by ${original.deadline}.<#list followUp.earlier as e> We wrote again on ${e.date} (${e.reference}) and asked for a response by ${e.deadline}.</#list> We have not received one.

We therefore again **seek a response from you on your position on the use of cloud analytics technologies by law enforcement** to obtain cloud stored data, as we believe the use of these technologies presents a significant issue for the security of your customers' data.

Our research is attached<#if campaign.briefingUrl??> and [here](${campaign.briefingUrl})</#if>.

Please respond no later than **${letter.deadline}**. Please note that we will assume we can publish your response unless you state otherwise. If we do not hear from you, we will publish that you have not responded.

We look forward to hearing from you.
