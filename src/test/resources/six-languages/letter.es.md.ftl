<#-- La carta en español, abreviada: la campaña de seis idiomas (SixLanguagesTest). -->
<#if !findings?has_content>
<#stop "no research finding applies to recipient '${recipient.id}': give it a product that a finding names">
</#if>
---
title: "Análisis en la nube: carta a ${recipient.company}"
author: ${organisation.name}
subject: "Análisis en la nube: solicitud de respuesta"
reference: ${letter.reference}
created: ${letter.date.iso}
letterhead:
  - ${organisation.name}
<#list organisation.address as line>
  - ${line}
</#list>
<#if organisation.phone??>
  - "Teléfono ${organisation.phone}"
</#if>
date: Londres, ${letter.date}
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
salutation: ${letter.salutation}:
re: "Asunto: análisis en la nube – solicitud de respuesta sobre el posible uso indebido de los datos de sus clientes"
closing: Atentamente,
signature:
  - ${signatory.name}
  - ${signatory.organisation}
---

Nuestra investigación muestra que <#list findings as f>los datos de su producto ${f.product} pueden extraerse con ${f.tool}<#sep> y que </#sep></#list>.

Por ello **nos gustaría conocer su postura sobre el uso del análisis en la nube por parte de las fuerzas del orden**. Les rogamos que respondan antes del **${letter.deadline}**. Salvo que nos indiquen lo contrario, consideraremos su respuesta publicable; si no recibimos respuesta, lo haremos público.

## Sus clientes confían en ustedes

Según nuestra encuesta, el ${figure("thought-about-storage", "not-thought")} de los encuestados nunca se ha preguntado dónde se guardan los datos de sus aplicaciones.
