<#--
  The summary of the research, as bullets. Included by the letter; a template without a
  recipient (the briefing) gets the general wording.
-->
- Law enforcement are increasingly using cloud analytics<@footnote>Cellebrite, a prominent vendor of surveillance technology used to extract data from mobile phones, notes in its Annual Trend Survey that in approximately half of all investigations, cloud data 'appears' and that '\[t\]ypically, this data involves social media or application data that does not reside on the physical device.' That it 'does not reside on the physical device' indicates that law enforcement is turning to 'cloud extraction'.</@footnote>
- This can be used to obtain vast quantities of your customers' data outside the normal legal frameworks for obtaining customer data in the course of criminal investigations e.g. via warrant to <#if recipient??>${recipient.shortName!recipient.company}<#else>the company</#if>.
- Emotion and facial recognition can be applied to your customers' data
- Cloud analytics software is being used without any transparency and in the absence of clear, accessible and effective legal frameworks
- There is a risk of abuse and misuse of customer data and miscarriage of justice
