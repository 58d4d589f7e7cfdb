<#-- helpers: role titles, deduplicated (a body may fold roles into one title) -->
<#function jj items conj="及び"><#if items?size == 0><#return ""><#elseif items?size == 1><#return items[0]></#if><#return items[0..items?size-2]?join("、") + conj + items?last></#function>
<#function r keys conj="及び"><#local out = []><#list keys as k><#if !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
<#function ro subj keys conj="及び"><#local skip = []><#list subj?is_sequence?then(subj, [subj]) as s><#local skip = skip + [roles[s].title]></#list><#local out = []><#list keys as k><#if !skip?seq_contains(roles[k].title) && !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
# 例外措置の許可 {#approval}

1. ${r(["securityManager", "systemManager"])}は、情報セキュリティポリシー又は${policy.proceduresTitle}に定める事項を遵守することが困難な場合であって、これと異なる方法をとり、又はこれを実施しないことに合理的な理由があるときは、${roles.ciso.title}の許可を得て、例外措置をとることができる。
1. 例外措置の申請には、理由、期間、対象となる情報資産及び代わりに講じる安全対策を明らかにしなければならない。${roles.ciso.title}は、期間を限って許可しなければならない。

# 緊急時の例外措置 {#emergency}

1. 業務の遂行に緊急を要し、例外措置をとることがやむを得ない場合は、事前の許可を得ずに例外措置をとることができる。この場合は、事後速やかに${roles.ciso.title}に報告しなければならない。

# 例外措置の申請書等の管理 {#records}

1. ${roles.ciso.title}は、例外措置の申請書及び許可の内容を保管し、申請の状況を定期的に確認しなければならない。同じ理由による例外措置が繰り返される場合は、{{ref:standards.evaluation.review}}に定める見直しにおいて、関係する規定の改正の要否を検討しなければならない。
