<#-- The letter in German, shortened: the six-languages campaign (SixLanguagesTest). -->
<#if !findings?has_content>
<#stop "no research finding applies to recipient '${recipient.id}': give it a product that a finding names">
</#if>
---
title: "Cloud-Analyse: ein Brief an ${recipient.company}"
author: ${organisation.name}
subject: "Cloud-Analyse: Bitte um Stellungnahme"
reference: ${letter.reference}
created: ${letter.date.iso}
letterhead:
  - ${organisation.name}
<#list organisation.address as line>
  - ${line}
</#list>
<#if organisation.phone??>
  - "Telefon ${organisation.phone}"
</#if>
date: London, den ${letter.date}
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
re: "Betreff: Cloud-Analyse – Bitte um Stellungnahme zum möglichen Missbrauch der Daten Ihrer Kundinnen und Kunden"
closing: Mit freundlichen Grüßen
signature:
  - ${signatory.name}
  - ${signatory.organisation}
---

Unsere Untersuchung zeigt, dass <#list findings as f>die Daten Ihres Produkts ${f.product} mit ${f.tool} ausgelesen werden können<#sep> und </#sep></#list>.

Wir möchten daher **Ihre Haltung zum Einsatz von Cloud-Analyse durch Strafverfolgungsbehörden** erfahren. Bitte antworten Sie bis zum **${letter.deadline}**. Wenn Sie nichts anderes mitteilen, betrachten wir Ihre Antwort als zur Veröffentlichung bestimmt; bleibt sie aus, werden wir dies bekanntgeben.

## Ihre Kundinnen und Kunden verlassen sich auf Sie

Laut unserer Umfrage haben ${figure("thought-about-storage", "not-thought")} der Befragten nie darüber nachgedacht, wo die Daten ihrer Apps gespeichert werden.
