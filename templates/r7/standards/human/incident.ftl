<#-- helpers: role titles, deduplicated (a body may fold roles into one title) -->
<#function jj items conj="及び"><#if items?size == 0><#return ""><#elseif items?size == 1><#return items[0]></#if><#return items[0..items?size-2]?join("、") + conj + items?last></#function>
<#function r keys conj="及び"><#local out = []><#list keys as k><#if !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
<#function ro subj keys conj="及び"><#local skip = []><#list subj?is_sequence?then(subj, [subj]) as s><#local skip = skip + [roles[s].title]></#list><#local out = []><#list keys as k><#if !skip?seq_contains(roles[k].title) && !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
<#assign handler = csirt.enabled?then(csirt.name, roles.chiefOfficer.title)>
<#assign notify = []>
<#list ["securityOfficer", "chiefOfficer"] as k><#if roles[k].title != roles.securityManager.title && !notify?seq_contains(roles[k].title)><#assign notify = notify + [roles[k].title]></#if></#list>
<#if csirt.enabled><#assign notify = notify + [csirt.name]></#if>
# 庁内で認知した事案の報告 {#internal}

1. ${staff.term}は、情報資産の漏えい、改ざん、滅失若しくは不正な利用、不正プログラムへの感染、情報システムの障害その他情報セキュリティを損なう事案（以下「情報セキュリティインシデント」という。）を認知し、又はそのおそれがあると認めた場合は、事実の確認を待たずに、直ちに${roles.securityManager.title}に報告しなければならない。
1. 報告を受けた${roles.securityManager.title}は、速やかに${jj(notify)}に報告しなければならない。
1. ${staff.term}は、ネットワークからの切断等の被害の拡大を防ぐための緊急の措置を除き、指示があるまで、端末の電源の切断、データの削除その他調査に支障を及ぼすおそれのある行為をしてはならない。

# 外部からの通報の取扱い {#external}

1. ${roles.chiefOfficer.title}は、${body.residents}その他外部の者からの情報セキュリティインシデントに関する通報の窓口を定めて公表するものとする。通報を受けた${staff.term}は、直ちに${roles.securityManager.title}に報告しなければならない。

# 原因の究明、記録及び再発防止 {#follow-up}

1. ${handler}は、報告を受けた情報セキュリティインシデントについて、被害の拡大を防止する措置を講じ、原因を究明し、経過及び講じた措置を記録するとともに、再発防止策を${roles.ciso.title}に報告しなければならない。
1. 個人情報の漏えい等が個人情報の保護に関する法律に定める報告の対象に該当する場合は、${roles.securityManager.title}は、${roles.chiefOfficer.title}と協議の上、個人情報保護委員会への報告及び本人への通知を行わなければならない。
1. ${roles.ciso.title}は、再発防止策の実施を関係する部署に指示し、必要な事項を${staff.term}に周知しなければならない。
