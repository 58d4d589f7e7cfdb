<#-- helpers: role titles, deduplicated (a body may fold roles into one title) -->
<#function jj items conj="及び"><#if items?size == 0><#return ""><#elseif items?size == 1><#return items[0]></#if><#return items[0..items?size-2]?join("、") + conj + items?last></#function>
<#function r keys conj="及び"><#local out = []><#list keys as k><#if !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
<#function ro subj keys conj="及び"><#local skip = []><#list subj?is_sequence?then(subj, [subj]) as s><#local skip = skip + [roles[s].title]></#list><#local out = []><#list keys as k><#if !skip?seq_contains(roles[k].title) && !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
<#assign admins = r(["chiefOfficer", "systemManager"])>
1. ${admins}は、情報セキュリティに関する事案を早期に検知するため、所管するネットワーク及び情報システムの稼働状況、通信及びログを常時監視しなければならない。
1. 外部ネットワークと常時接続している情報システム及び${body.residents}等が利用する情報システムについては、異常と判断する基準及び異常を検知した場合の連絡の経路を定めておかなければならない。
<#if network.threeTier>
1. ${roles.chiefOfficer.title}は、マイナンバー利用事務系、LGWAN接続系及びインターネット接続系の相互間で許可されていない通信が行われていないかを監視しなければならない。
</#if>
1. 監視の結果は、{{ref:standards.technical.computer-network.logs}}に定めるところにより保存しなければならない。<#if options.outsourcing>監視を委託する場合は、監視の範囲並びに異常の報告の期限及び方法を契約で定めなければならない。</#if>
