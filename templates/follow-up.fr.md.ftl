<#--
  La relance, en français : la traduction de follow-up.md.ftl pour les destinataires dont la langue
  est le français. `briefgen generate --follow-up` l'émet, datée du jour de l'exécution. Elle cite la
  lettre qu'elle relance (followUp.original : référence, date, échéance ; followUp.earlier : les
  relances précédentes), rappelle la demande et fixe une nouvelle échéance (letter.deadline).
-->
<#assign original = followUp.original>
---
title: Analyse des données du cloud : relance à ${recipient.company}
author: ${organisation.name}
subject: "Relance : analyse des données du cloud – demande de réponse concernant l’utilisation abusive potentielle des données de vos clients"
reference: ${letter.reference}
created: ${letter.date.iso}
keywords:
  - ${letter.reference}
  - ${original.reference}
  - Analyse des données du cloud
  - ${recipient.company}
letterhead:
  - ${organisation.name}
<#list organisation.address as line>
  - ${line}
</#list>
<#if organisation.phone??>
  - Tél. ${organisation.phone}
</#if>
<#if organisation.website??>
  - ${organisation.website}
</#if>
date: Londres, le ${letter.date}
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
re: "Objet : relance – analyse des données du cloud (notre lettre ${original.reference} du ${original.date})"
closing: Nous vous prions d’agréer, ${letter.salutation}, l’expression de nos salutations distinguées.
signature:
  - ${signatory.name}
<#if signatory.role??>
  - ${signatory.role}
</#if>
  - ${signatory.organisation}
---

Le ${original.date}, nous vous avons écrit, sous la référence ${original.reference}, <#if findings?has_content>au sujet de nos recherches montrant que <#list findings as f>les données de votre produit ${f.product} sont accessibles au moyen de ${f.tool}<#sep>, et que </#sep></#list>, </#if>et vous avons demandé de nous répondre au plus tard le ${original.deadline}.<#list followUp.earlier as e> Nous vous avons de nouveau écrit le ${e.date} (${e.reference}) pour vous demander une réponse au plus tard le ${e.deadline}.</#list> Nous n’avons reçu aucune réponse.

Nous **souhaitons donc, à nouveau, connaître votre position sur l’utilisation, par les forces de l’ordre, de technologies d’analyse du cloud** pour obtenir des données qui y sont stockées, car nous estimons que le recours à ces technologies pose un problème majeur pour la sécurité des données de vos clients.

Nos recherches sont jointes à ce courrier<#if campaign.briefingUrl??> et consultables [en ligne](${campaign.briefingUrl})</#if>.

Nous vous remercions de nous répondre au plus tard le **${letter.deadline}**. Sauf indication contraire de votre part, nous considérerons que nous pouvons publier votre réponse. Sans réponse de votre part, nous ferons savoir publiquement que vous n’avez pas répondu.

Dans l’attente de votre réponse, nous restons à votre disposition pour tout échange.
