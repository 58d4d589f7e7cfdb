<#-- helpers: role titles, deduplicated (a body may fold roles into one title) -->
<#function jj items conj="及び"><#if items?size == 0><#return ""><#elseif items?size == 1><#return items[0]></#if><#return items[0..items?size-2]?join("、") + conj + items?last></#function>
<#function r keys conj="及び"><#local out = []><#list keys as k><#if !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
<#function ro subj keys conj="及び"><#local skip = []><#list subj?is_sequence?then(subj, [subj]) as s><#local skip = skip + [roles[s].title]></#list><#local out = []><#list keys as k><#if !skip?seq_contains(roles[k].title) && !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
# 研修計画の策定及び実施 {#plan}

1. ${roles.chiefOfficer.title}は、${staff.term}を対象とする情報セキュリティ研修の計画を毎年度策定し、<#if committee.enabled>${committee.name}<#else>${roles.ciso.title}</#if>の承認を得て実施しなければならない。
1. 研修の計画には、新たに情報資産を取り扱うこととなった者に対する研修、全ての${staff.term}を対象とする定期の研修及び役割に応じた研修を含め、標的型攻撃メール、誤送信、記録媒体の紛失等の身近な事例を取り上げるものとする。
1. ${r(["securityOfficer", "securityManager", "systemManager"])}は、その役割を果たすために必要な知識を習得する研修を受講しなければならない。

# 緊急時対応訓練 {#drills}

1. ${roles.chiefOfficer.title}は、{{ref:standards.operations.incident-response}}に定める緊急時対応計画に基づく訓練を定期的に実施し、その結果を計画の見直しに反映させなければならない。

# 研修・訓練への参加 {#attendance}

1. 全ての${staff.term}は、定められた研修及び訓練に参加しなければならない。${roles.securityManager.title}は、所属する${staff.term}の受講状況を把握し、未受講の者に受講させなければならない。
1. ${roles.chiefOfficer.title}は、研修及び訓練の実施状況を毎年度${roles.ciso.title}<#if committee.enabled>及び${committee.name}</#if>に報告しなければならない。
