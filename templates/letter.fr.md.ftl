<#--
  La lettre de la campagne, en français : la traduction de letter.md.ftl pour les destinataires
  dont la langue (colonne language ou locale) est le français. Elle imprime les mêmes valeurs que
  l'original ; les dates, les nombres et les guillemets suivent l'usage français.
-->
<#if !findings?has_content>
<#stop "no research finding applies to recipient '${recipient.id}': give it a product that a finding names">
</#if>
<#assign name = recipient.shortName!recipient.company>
---
title: Analyse des données du cloud : lettre à ${recipient.company}
author: ${organisation.name}
subject: Analyse des données du cloud : demande de réponse concernant l’utilisation abusive potentielle des données de vos clients
reference: ${letter.reference}
created: ${letter.date.iso}
keywords:
  - ${letter.reference}
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
re: Objet : analyse des données du cloud – demande de réponse concernant l’utilisation abusive potentielle des données de vos clients
closing: Nous vous prions d’agréer, ${letter.salutation}, l’expression de nos salutations distinguées.
signature:
  - ${signatory.name}
<#if signatory.role??>
  - ${signatory.role}
</#if>
  - ${signatory.organisation}
---

Il ressort de nos recherches (ci-jointes<#if campaign.briefingUrl??> et consultables [en ligne](${campaign.briefingUrl})</#if>) que <#list findings as f>les données de votre produit ${f.product} sont accessibles au moyen de ${f.tool}<#sep>, et que </#sep></#list>.

Nous **souhaitons donc connaître votre position sur l’utilisation, par les forces de l’ordre, de technologies d’analyse du cloud** pour obtenir des données qui y sont stockées, car nous estimons que le recours à ces technologies pose un problème majeur pour la sécurité des données de vos clients.

<#list findings as f>
<#if f.quotations?has_content>
${f.vendor} affirme en effet :

<#list f.quotations as q>
<@quote q/>
</#list>
</#if>
</#list>
Nous vous remercions de nous répondre au plus tard le **${letter.deadline}**. Sauf indication contraire de votre part, nous considérerons que nous pouvons publier votre réponse. Sans réponse de votre part, nous ferons savoir publiquement que vous n’avez pas répondu.

## Synthèse de nos recherches

<#include "summary.fr.md.ftl">

## Vos clients comptent sur vous pour protéger leurs données

Nos recherches montrent que les données de vos clients peuvent être obtenues au moyen de logiciels et de matériels d’extraction de données du cloud. Or, alors même que vous stockez ces données dans le cloud, un sondage YouGov<@footnote>${methodology("yougov-2019")}</@footnote> a révélé qu’un grand nombre de personnes au Royaume-Uni ne comprennent pas l’expression « cloud computing ».

### ${question("understand-cloud")}

<@chart question="understand-cloud"/>

Le sondage montre également que ${figure("thought-about-storage", "not-thought")} des personnes interrogées ne se sont jamais demandé où sont stockées les données créées par les applications de leur téléphone, et que ${figure("apps-use-cloud", "no-or-dont-know")} ne savent pas si ces applications utilisent un stockage dans le cloud, ou pensent que ce n’est pas le cas.

### ${question("apps-use-cloud")}

<@chart question="apps-use-cloud"/>

Nous jugeons très préoccupant que chacun ignore où sont stockées ses données alors que la police le sait – et peut accéder d’un simple clic à d’immenses quantités de données sensibles.

Dans l’attente de votre réponse, nous restons à votre disposition pour tout échange.
