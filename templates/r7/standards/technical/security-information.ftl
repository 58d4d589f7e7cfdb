<#-- helpers: role titles, deduplicated (a body may fold roles into one title) -->
<#function jj items conj="及び"><#if items?size == 0><#return ""><#elseif items?size == 1><#return items[0]></#if><#return items[0..items?size-2]?join("、") + conj + items?last></#function>
<#function r keys conj="及び"><#local out = []><#list keys as k><#if !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
<#function ro subj keys conj="及び"><#local skip = []><#list subj?is_sequence?then(subj, [subj]) as s><#local skip = skip + [roles[s].title]></#list><#local out = []><#list keys as k><#if !skip?seq_contains(roles[k].title) && !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
<#assign admins = r(["chiefOfficer", "systemManager"])>
# 脆弱性情報の収集及びソフトウェアの更新 {#vulnerabilities}

1. ${admins}は、所管する機器及びソフトウェアの脆弱性に関する情報を収集し、深刻度及び影響を評価して修正プログラムを速やかに適用しなければならない。直ちに適用できない場合は、影響を緩和する措置を講じなければならない。

# 不正プログラム等の情報の収集及び周知 {#threat-information}

1. ${roles.chiefOfficer.title}は、不正プログラム、攻撃の手口等に関する情報を収集し、対処の方法とあわせて${staff.term}に周知しなければならない。

# 情報セキュリティに関する情報の収集及び共有 {#information-sharing}

1. ${roles.chiefOfficer.title}は、国、都道府県、他の地方公共団体及び関係機関と情報セキュリティに関する情報を共有し、技術、法令及び国の指針の動向を踏まえて、必要に応じ情報セキュリティポリシーの見直しを${roles.ciso.title}に提案しなければならない。
