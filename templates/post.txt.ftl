<#--
  The public post announcing each letter, for recipients with a handle. Plain text: printed as
  written, nothing escaped or read as Markdown. It must fit the campaign's platform, as it counts:
  Twitter 280 (a link counts 23, whatever its length), Mastodon 500, Bluesky 300; briefgen checks
  every one.
-->
<#assign name = recipient.shortName!recipient.company>
<#if followUp??>
On ${followUp.original.date} we asked ${recipient.handle} for ${name}'s position on police use of cloud extraction<#list findings as f><#if f?is_first> on ${f.product} data</#if></#list>. No response yet: we have asked again, for a response by ${letter.deadline}.<#if campaign.briefingUrl??> ${campaign.briefingUrl}</#if>
<#else>
We wrote to ${recipient.handle}: police can reach <#list findings as f>${f.product} data with ${f.tool}<#sep><#if f?counter == findings?size - 1> and <#else>, </#if></#sep></#list>. What is ${name}'s position on cloud extraction? We asked for a response by ${letter.deadline}.<#if campaign.briefingUrl??> ${campaign.briefingUrl}</#if>
</#if>
