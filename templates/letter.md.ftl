<#--
  The letter of the cloud-extraction campaign (Privacy International, 7 January 2020).
  Markdown with Freemarker: every ${…} is escaped, so data always prints as written.
  The front matter (between the --- lines) sets the letter's frame and its properties.
-->
<#if !findings?has_content>
<#stop "no research finding applies to recipient '${recipient.id}': give it a product that a finding names">
</#if>
<#assign name = recipient.shortName!recipient.company>
---
title: ${campaign.title}: letter to ${recipient.company}
author: ${organisation.name}
subject: ${campaign.subject}
reference: ${letter.reference}
created: ${letter.date.iso}
keywords:
  - ${letter.reference}
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
re: RE: ${campaign.subject}
closing: Kind regards,
signature:
  - ${signatory.name}
<#if signatory.role??>
  - ${signatory.role}
</#if>
  - ${signatory.organisation}
---

It is apparent from our research (attached<#if campaign.briefingUrl??> and [here](${campaign.briefingUrl})</#if>) that <#list findings as f>your product ${f.product} can be accessed using ${f.tool}<#sep>, and </#sep></#list>.

We therefore **seek a response from you on your position on the use of cloud analytics technologies by law enforcement** to obtain cloud stored data as we believe the use of these technologies presents a significant issue for the security of your customers' data.

<#list findings as f>
<#if f.quotations?has_content>
${f.vendor} states that:

<#list f.quotations as q>
<@quote q/>
</#list>
</#if>
</#list>
Please respond no later than **${letter.deadline}**. Please note that we will assume we can publish your response unless you state otherwise. If we do not hear from you, we will publish that you have not responded.

## Summary of the research

<#include "summary.md.ftl">

## Your customers need you to protect their data

Our research has shown that your customer data can be accessed using cloud extraction software and hardware. Despite the fact that you store your customer data in the Cloud, a YouGov poll<@footnote>${methodology("yougov-2019")}</@footnote> revealed that a large number of individuals in the UK who do not understand the term 'cloud computing'.

### ${question("understand-cloud")}

<@chart question="understand-cloud"/>

The results also showed that ${figure("thought-about-storage", "not-thought")} of people have not thought about where data created by apps on their phone is stored and ${figure("apps-use-cloud", "no-or-dont-know")} of people do not know or think that apps on their phone use cloud storage.

### ${question("apps-use-cloud")}

<@chart question="apps-use-cloud"/>

We believe that it is a serious concern that people don't where their data is stored, but the police do – and they can access vast troves of highly sensitive data at the push of a button.

We look forward to hearing from you.
