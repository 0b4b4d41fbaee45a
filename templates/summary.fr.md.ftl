<#--
  La synthèse des recherches, en puces : la traduction de summary.md.ftl, incluse par la lettre
  et le dossier de recherche en français.
-->
- Les forces de l’ordre recourent de plus en plus à l’analyse des données du cloud<@footnote>Cellebrite, grand fournisseur de technologies d’extraction des données des téléphones portables, relève dans son enquête annuelle que des données du cloud « apparaissent » dans environ la moitié des enquêtes et qu’il s’agit « généralement de données de réseaux sociaux ou d’applications qui ne se trouvent pas sur l’appareil lui-même » : les forces de l’ordre se tournent donc vers l’« extraction du cloud ».</@footnote>
- Ces outils permettent d’obtenir d’immenses quantités de données de vos clients en dehors du cadre juridique qui régit normalement l’accès à ces données dans les enquêtes pénales, par exemple une réquisition adressée à <#if recipient??>${recipient.shortName!recipient.company}<#else>l’entreprise</#if>.
- La reconnaissance faciale et la détection des émotions peuvent être appliquées aux données de vos clients
- Ces logiciels d’analyse du cloud sont utilisés sans aucune transparence, en l’absence de cadre juridique clair, accessible et efficace
- Les données des clients risquent d’être détournées ou utilisées de manière abusive, au risque d’erreurs judiciaires
