<#-- briefgen's built-in macros, available in every template. -->
<#--
  <@quote q/> sets a quotation (a finding's quotation) as a block quote; its source, when
  given, becomes a footnote. With cite=true the attribution follows the quotation. The quotation
  marks are the letter's language's ("…" in English, « … » in French).
-->
<#macro quote q cite=false>
> ${message("quote.open")}${q.text}${message("quote.close")}<#if q.source??><@footnote>${message("quote.source", "attribution", q.attribution, "source", q.source)}</@footnote></#if>
<#if cite>
>
> — ${q.attribution}
</#if>

</#macro>
