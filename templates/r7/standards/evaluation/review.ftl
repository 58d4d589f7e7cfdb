<#-- helpers: role titles, deduplicated (a body may fold roles into one title) -->
<#function jj items conj="及び"><#if items?size == 0><#return ""><#elseif items?size == 1><#return items[0]></#if><#return items[0..items?size-2]?join("、") + conj + items?last></#function>
<#function r keys conj="及び"><#local out = []><#list keys as k><#if !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
<#function ro subj keys conj="及び"><#local skip = []><#list subj?is_sequence?then(subj, [subj]) as s><#local skip = skip + [roles[s].title]></#list><#local out = []><#list keys as k><#if !skip?seq_contains(roles[k].title) && !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
1. ${roles.ciso.title}<#if committee.enabled>及び${committee.name}</#if>は、監査及び自己点検の結果、情報セキュリティインシデントへの対応の経験、組織及び情報システムの変更並びに情報セキュリティを取り巻く状況の変化を踏まえ、情報セキュリティポリシー及び関係規程等を毎年度評価し、必要に応じて見直さなければならない。
1. 国の情報セキュリティポリシーに関する指針が改定された場合は、${roles.chiefOfficer.title}は、改定の内容を確認し、見直しの要否を${roles.ciso.title}に報告しなければならない。
1. ${r(["securityManager", "systemManager"])}は、所管する${policy.proceduresTitle}を、情報セキュリティポリシーの見直し及び情報システムの変更に合わせて見直さなければならない。
1. ${policy.basicTitle}を改正した場合は、速やかに公表しなければならない。${policy.standardsTitle}及び${policy.proceduresTitle}は、公にすることにより情報セキュリティの確保に支障を及ぼすおそれがあるため、公表しないものとする。
1. ${roles.chiefOfficer.title}は、見直しの結果を${staff.term}に周知しなければならない。
