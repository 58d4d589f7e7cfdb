<#-- helpers: role titles, deduplicated (a body may fold roles into one title) -->
<#function jj items conj="及び"><#if items?size == 0><#return ""><#elseif items?size == 1><#return items[0]></#if><#return items[0..items?size-2]?join("、") + conj + items?last></#function>
<#function r keys conj="及び"><#local out = []><#list keys as k><#if !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
<#function ro subj keys conj="及び"><#local skip = []><#list subj?is_sequence?then(subj, [subj]) as s><#local skip = skip + [roles[s].title]></#list><#local out = []><#list keys as k><#if !skip?seq_contains(roles[k].title) && !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
# 遵守状況の確認及び対処 {#check}

1. ${r(["securityOfficer", "securityManager"])}は、所管する部署における情報セキュリティポリシーの遵守状況を確認し、問題を認めた場合は、速やかに${ro(["securityOfficer", "securityManager"], ["ciso", "chiefOfficer"])}に報告しなければならない。${roles.ciso.title}は、報告された問題に適切かつ速やかに対処しなければならない。
1. ${r(["chiefOfficer", "systemManager"])}は、ネットワーク及びサーバ等の設定が情報セキュリティポリシーに適合しているかを定期的に確認しなければならない。

# 端末、記録媒体等の利用状況の調査 {#usage-survey}

1. ${roles.ciso.title}及びその指名する者は、不正アクセス、不正プログラムへの感染等の調査のため、${staff.term}が使用する端末、記録媒体等のログ、電子メールの送受信記録等を調査することができる。調査は必要な範囲に限り、知り得た情報を目的以外に利用してはならない。

# ${staff.term}の報告義務 {#duty-to-report}

1. ${staff.term}は、情報セキュリティポリシーに違反する行為を発見した場合は、直ちに${roles.securityManager.title}に報告しなければならない。${roles.securityManager.title}は、その内容を${roles.chiefOfficer.title}に報告しなければならない。
1. 違反行為が情報セキュリティに重大な影響を及ぼすおそれがあると${roles.chiefOfficer.title}が判断した場合は、{{ref:standards.operations.incident-response}}に定める緊急時対応計画に従って対処しなければならない。
