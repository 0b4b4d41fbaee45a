<#--
  The publishable "company responses" page: where each letter stands on a given day.
  `briefgen tracker --format pdf` renders it. The model is `tracker`: organisation, asOf, and
  campaigns, each with id, title, subject and letters (reference, company, issued, deadline,
  status, statusKey, responded, daysTaken, daysOverdue). Dates print as "7 January 2020";
  add .iso for 2020-01-07.
-->
---
title: Company responses<#if tracker.campaigns?size == 1>: ${tracker.campaigns[0].title}</#if>
author: ${tracker.organisation}
lang: en-GB
created: ${tracker.asOf.iso}
---
# Company responses

<#if tracker.campaigns?has_content>
We wrote to each of these companies and asked for a response by a deadline. This is where each
letter stands as of ${tracker.asOf}.

<#list tracker.campaigns as campaign>
## ${campaign.title}

Our letter: ${campaign.subject}

| Reference | Company | Letter of | Deadline | Response |
| --- | --- | --- | --- | --- |
<#list campaign.letters as row>
| ${row.reference} | ${row.company} | ${row.issued} | ${row.deadline} | ${row.status} |
</#list>

</#list>
<#else>
No letters had been issued as of ${tracker.asOf}.
</#if>
