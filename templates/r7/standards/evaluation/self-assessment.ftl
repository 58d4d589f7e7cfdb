<#-- helpers: role titles, deduplicated (a body may fold roles into one title) -->
<#function jj items conj="及び"><#if items?size == 0><#return ""><#elseif items?size == 1><#return items[0]></#if><#return items[0..items?size-2]?join("、") + conj + items?last></#function>
<#function r keys conj="及び"><#local out = []><#list keys as k><#if !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
<#function ro subj keys conj="及び"><#local skip = []><#list subj?is_sequence?then(subj, [subj]) as s><#local skip = skip + [roles[s].title]></#list><#local out = []><#list keys as k><#if !skip?seq_contains(roles[k].title) && !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
# 実施方法 {#method}

1. ${r(["chiefOfficer", "systemManager"])}は、所管するネットワーク及び情報システムについて、毎年度及び必要に応じて自己点検を行わなければならない。
1. ${r(["securityOfficer", "securityManager"])}は、所管する部署における情報セキュリティ対策の状況について、毎年度及び必要に応じて自己点検を行わなければならない。
1. 自己点検は、${roles.chiefOfficer.title}が定める点検の項目に従って行い、${staff.term}一人一人の遵守状況も対象としなければならない。

# 報告 {#report}

1. 自己点検を行った者は、その結果及び改善の方策を${roles.ciso.title}<#if committee.enabled>及び${committee.name}</#if>に報告しなければならない。

# 自己点検結果の活用 {#use}

1. ${staff.term}は、自己点検の結果に基づき、自らの権限の範囲内で改善を図らなければならない。${roles.ciso.title}<#if committee.enabled>及び${committee.name}</#if>は、その結果を{{ref:standards.evaluation.review}}に定める見直しに活用しなければならない。
