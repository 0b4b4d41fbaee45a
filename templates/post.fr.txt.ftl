<#--
  Le message public annonçant chaque lettre en français : la traduction de post.txt.ftl. Texte
  brut, à la longueur que la plateforme de la campagne accepte.
-->
<#assign name = recipient.shortName!recipient.company>
<#if followUp??>
Le ${followUp.original.date}, nous avons demandé à ${recipient.handle} la position ${message("grammar.of", "name", name)} sur l’accès de la police aux données du cloud<#list findings as f><#if f?is_first> ${message("grammar.of", "name", f.product)}</#if></#list>. Toujours pas de réponse : nous avons relancé ${name}, réponse attendue d’ici le ${letter.deadline}.<#if campaign.briefingUrl??> ${campaign.briefingUrl}</#if>
<#else>
Nous avons écrit à ${recipient.handle} : la police peut accéder aux données <#list findings as f>${message("grammar.of", "name", f.product)} avec ${f.tool}<#sep><#if f?counter == findings?size - 1> et <#else>, </#if></#sep></#list>. Quelle est la position ${message("grammar.of", "name", name)} sur l’extraction de données du cloud ? Réponse attendue d’ici le ${letter.deadline}.<#if campaign.briefingUrl??> ${campaign.briefingUrl}</#if>
</#if>
