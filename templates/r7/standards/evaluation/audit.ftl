<#-- helpers: role titles, deduplicated (a body may fold roles into one title) -->
<#function jj items conj="及び"><#if items?size == 0><#return ""><#elseif items?size == 1><#return items[0]></#if><#return items[0..items?size-2]?join("、") + conj + items?last></#function>
<#function r keys conj="及び"><#local out = []><#list keys as k><#if !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
<#function ro subj keys conj="及び"><#local skip = []><#list subj?is_sequence?then(subj, [subj]) as s><#local skip = skip + [roles[s].title]></#list><#local out = []><#list keys as k><#if !skip?seq_contains(roles[k].title) && !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
# 実施方法 {#method}

1. ${roles.ciso.title}は、情報セキュリティ監査の責任者（以下「監査責任者」という。）を指名し、情報資産に係る情報セキュリティ対策の状況について、毎年度及び必要に応じて、国が示す監査の指針を参考に、情報セキュリティポリシーへの準拠性及び対策の有効性を監査させなければならない。

# 監査を行う者の要件 {#auditors}

1. 監査責任者は、監査を行う者を、監査の対象となる部署から独立し、情報セキュリティ及び監査に関する専門的な知識を有する者の中から選任しなければならない。必要に応じ、外部の専門家に監査を委託することができる。
1. 監査を行う者は、監査を通じて知り得た情報を漏らしてはならない。

# 監査実施計画 {#plan}

1. 監査責任者は、監査の対象、方法及び日程を定めた監査実施計画を立案し、${committee.enabled?then(committee.name, roles.ciso.title)}の承認を得なければならない。監査の対象となる部署は、監査に協力し、求められた資料を提出しなければならない。

<#if options.outsourcing || options.cloud>
# 委託事業者に対する監査 {#contractors}

1. 監査責任者は、情報資産を取り扱う業務の${staff.contractorTerm}（再委託先を含む。）<#if options.cloud>及び外部サービスの事業者</#if>について、契約に基づき情報セキュリティ対策の状況を監査しなければならない。第三者による監査の報告書等により必要な確認ができる場合は、これを監査に代えることができる。

</#if>
# 報告 {#report}

1. 監査責任者は、監査の結果を取りまとめ、${roles.ciso.title}<#if committee.enabled>及び${committee.name}</#if>に報告しなければならない。

# 保管 {#retention}

1. 監査責任者は、監査の証拠及び監査調書を、紛失、改ざん及び漏えいが生じないよう保管しなければならない。

# 監査結果への対応 {#follow-up}

1. ${roles.ciso.title}は、指摘された事項を所管する${roles.securityManager.title}に改善を指示し、指摘を受けていない部署にも同種の課題の有無を確認させなければならない。指示を受けた${roles.securityManager.title}は、改善の措置を講じ、その結果を報告しなければならない。

# 情報セキュリティポリシー及び関係規程等の見直し等への活用 {#use}

1. ${roles.ciso.title}<#if committee.enabled>及び${committee.name}</#if>は、監査の結果を{{ref:standards.evaluation.review}}に定める見直しその他の対策の改善に活用しなければならない。
<#if options.publication == "basic-policy-and-audit">

# 監査結果の公表 {#publication}

1. ${roles.ciso.title}は、監査の結果の概要を公表するものとする。ただし、情報セキュリティの確保に支障を及ぼすおそれのある事項は、公表してはならない。
</#if>
