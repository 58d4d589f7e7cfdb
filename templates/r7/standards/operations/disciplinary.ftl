<#-- helpers: role titles, deduplicated (a body may fold roles into one title) -->
<#function jj items conj="及び"><#if items?size == 0><#return ""><#elseif items?size == 1><#return items[0]></#if><#return items[0..items?size-2]?join("、") + conj + items?last></#function>
<#function r keys conj="及び"><#local out = []><#list keys as k><#if !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
<#function ro subj keys conj="及び"><#local skip = []><#list subj?is_sequence?then(subj, [subj]) as s><#local skip = skip + [roles[s].title]></#list><#local out = []><#list keys as k><#if !skip?seq_contains(roles[k].title) && !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
# 懲戒処分 {#discipline}

1. 情報セキュリティポリシーに違反した職員は、違反の内容、情報資産に与えた影響、故意又は過失の別等に応じて、地方公務員法による懲戒処分の対象とする。違反した職員を監督する立場にある職員についても、監督の責任に応じて同様とする。
<#if body.isCouncil>
1. 議員が情報セキュリティポリシーに違反した場合は、${body.head}は、当該議員に対し是正を求め、必要に応じて情報システムの利用を制限する等の措置を講じるものとする。
</#if>

# 違反時の対応 {#response}

1. ${roles.chiefOfficer.title}は、${staff.term}の違反行為を確認した場合は、違反した者が所属する課室等の${roles.securityManager.title}に通知し、適切な措置を求めなければならない。<#if roles.systemManager.title != roles.chiefOfficer.title && roles.systemManager.title != roles.securityManager.title>${roles.systemManager.title}が違反行為を確認した場合は、${r(["chiefOfficer", "securityManager"])}に通知しなければならない。</#if>
1. 違反行為が改善されない場合は、${r(["chiefOfficer", "systemManager"], "又は")}は、違反した者によるネットワーク又は情報システムの使用を停止し、又はその権限を取り消すことができる。この場合は、その旨を${roles.ciso.title}に報告しなければならない。
<#if options.outsourcing>
1. ${staff.contractorTerm}の違反行為については、{{ref:standards.outsourcing.contracting}}に定める契約に基づき、是正の要求、契約の解除、損害賠償の請求等の措置を講じるものとする。
</#if>
