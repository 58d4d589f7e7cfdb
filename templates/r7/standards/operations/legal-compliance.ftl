<#-- helpers: role titles, deduplicated (a body may fold roles into one title) -->
<#function jj items conj="及び"><#if items?size == 0><#return ""><#elseif items?size == 1><#return items[0]></#if><#return items[0..items?size-2]?join("、") + conj + items?last></#function>
<#function r keys conj="及び"><#local out = []><#list keys as k><#if !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
<#function ro subj keys conj="及び"><#local skip = []><#list subj?is_sequence?then(subj, [subj]) as s><#local skip = skip + [roles[s].title]></#list><#local out = []><#list keys as k><#if !skip?seq_contains(roles[k].title) && !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
1. ${staff.term}は、職務の遂行に当たり、次に掲げる法令その他の情報資産の取扱いに関する法令を遵守しなければならない。
   1. 地方公務員法
   1. 地方自治法
   1. 著作権法
   1. 不正アクセス行為の禁止等に関する法律
   1. 個人情報の保護に関する法律
   1. 行政手続における特定の個人を識別するための番号の利用等に関する法律
<#if network.jukiNet>
   1. 住民基本台帳法
</#if>
   1. サイバーセキュリティ基本法
<#if body.isCouncil>
   1. 会議規則その他の議会の規程及び関係する条例のうち情報資産の取扱いに関するもの
<#elseif body.isBoardOfEducation>
   1. 教育委員会規則その他の教育委員会の規程及び関係する条例のうち情報資産の取扱いに関するもの
<#else>
   1. ${body.self}の条例、規則その他の例規のうち情報資産の取扱いに関するもの
</#if>
1. ${roles.chiefOfficer.title}は、関係法令の制定及び改廃の状況を把握し、情報セキュリティポリシーの運用に影響があるものを${staff.term}に周知しなければならない。
