<#-- helpers: role titles, deduplicated (a body may fold roles into one title) -->
<#function jj items conj="及び"><#if items?size == 0><#return ""><#elseif items?size == 1><#return items[0]></#if><#return items[0..items?size-2]?join("、") + conj + items?last></#function>
<#function r keys conj="及び"><#local out = []><#list keys as k><#if !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
<#function ro subj keys conj="及び"><#local skip = []><#list subj?is_sequence?then(subj, [subj]) as s><#local skip = skip + [roles[s].title]></#list><#local out = []><#list keys as k><#if !skip?seq_contains(roles[k].title) && !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
<#assign admins = r(["chiefOfficer", "systemManager"])>
# 全庁的な対策 {#measures}

1. ${admins}は、使用していない通信ポート及びサービスを停止し、不正アクセスを検知し、又は防止する仕組み並びに重要な設定ファイル及び公開しているウェブページの改ざんを検出する仕組みを設けなければならない。

# 攻撃を受けた場合の対応 {#response}

1. ${admins}は、攻撃を受け、若しくは受けるおそれがある場合又は攻撃の予告を受けた場合は、直ちに${roles.ciso.title}<#if csirt.enabled>及び${csirt.name}</#if>に報告し、被害の拡大を防止する措置を講じなければならない。
1. 攻撃を受けた情報システムのログその他の記録は、調査及び警察等への相談に備えて保全しなければならない。

# 内部からの攻撃等 {#internal-threats}

1. ${admins}は、${staff.term}<#if options.outsourcing>${staff.term?contains("及び")?then("並びに", "及び")}${staff.contractorTerm}</#if>が使用する端末から情報システムへの攻撃が行われていないかを監視しなければならない。
1. ${roles.chiefOfficer.title}は、${staff.term}による不正アクセスを確認した場合は、これを行った者が所属する課室等の${roles.securityManager.title}に通知し、適切な措置を求めなければならない。

# サービス不能攻撃及び標的型攻撃への対策 {#attacks}

1. ${roles.systemManager.title}は、${body.residents}等が利用する情報システムについて、サービス不能攻撃を受けても業務を継続できるよう、通信事業者の対策の利用、機器の冗長化等の措置を講じなければならない。
1. ${roles.chiefOfficer.title}は、標的型攻撃に備え、侵入を防ぐ対策に加え、侵入された場合に早期に検知できるよう、内部の通信及び端末の挙動を監視しなければならない。
