<#--
  The campaign's research briefing: one PDF per campaign, attached to every letter.
  Same language as the letter template; there is no recipient here.
-->
---
title: ${campaign.title}: research briefing
author: ${organisation.name}
subject: ${campaign.subject}
created: ${date.iso}
keywords:
  - ${campaign.title}
  - research briefing
cover-title: ${campaign.title}
cover-subtitle: Research briefing
cover-lines:
  - ${organisation.name}
  - ${date}
---

## Summary of the research

<#include "summary.md.ftl">

## Findings

<#list findings as entry>
<#assign f = entry.finding>
### ${f.product}: ${f.tool}

<#if f.statement??>
${f.statement}

</#if>
<#if entry.companies?has_content>
Concerns: ${entry.companies?join(", ")}.

</#if>
<#if f.quotations?has_content>
${f.vendor} states that:

<#list f.quotations as q>
<@quote q/>
</#list>
</#if>
</#list>
## Survey figures

<#list surveys.all() as survey>
<#list survey.questions as q>
### ${q.text}

<@chart question=q.id/>

</#list>
**Methodology.** ${methodology(survey.id)}

</#list>
## Notes and sources
