<#--
  Le dossier de recherche de la campagne, en français : la traduction de briefing.md.ftl, joint
  aux lettres en français. Il ne présente que les constats rédigés en français.
-->
---
title: Analyse des données du cloud : dossier de recherche
author: ${organisation.name}
subject: Analyse des données du cloud : demande de réponse concernant l’utilisation abusive potentielle des données de vos clients
created: ${date.iso}
keywords:
  - Analyse des données du cloud
  - dossier de recherche
cover-title: Analyse des données du cloud
cover-subtitle: Dossier de recherche
cover-lines:
  - ${organisation.name}
  - ${date}
---

## Synthèse de nos recherches

<#include "summary.fr.md.ftl">

## Constats

<#list findings as entry>
<#assign f = entry.finding>
### ${f.product} : ${f.tool}

<#if f.statement??>
${f.statement}

</#if>
<#if entry.companies?has_content>
Entreprises concernées : ${entry.companies?join(", ")}.

</#if>
<#if f.quotations?has_content>
${f.vendor} affirme :

<#list f.quotations as q>
<@quote q/>
</#list>
</#if>
</#list>
## Résultats du sondage

<#list surveys.all() as survey>
<#list survey.questions as q>
### ${q.text}

<@chart question=q.id/>

</#list>
**Méthodologie.** ${methodology(survey.id)}

</#list>
## Notes et sources
