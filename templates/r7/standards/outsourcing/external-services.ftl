<#-- helpers: role titles, deduplicated (a body may fold roles into one title) -->
<#function jj items conj="及び"><#if items?size == 0><#return ""><#elseif items?size == 1><#return items[0]></#if><#return items[0..items?size-2]?join("、") + conj + items?last></#function>
<#function r keys conj="及び"><#local out = []><#list keys as k><#if !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
<#function ro subj keys conj="及び"><#local skip = []><#list subj?is_sequence?then(subj, [subj]) as s><#local skip = skip + [roles[s].title]></#list><#local out = []><#list keys as k><#if !skip?seq_contains(roles[k].title) && !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
<#-- conf2: the levels above the least sensitive one, e.g. 自治体機密性2以上 / 重要性分類Ⅰ又はⅡ -->
<#assign lv = classification.confidentiality>
<#assign i2 = (lv?size gt 1)?then(lv?size - 2, 0)>
<#if classification.scheme == "local">
<#assign labels = []>
<#list lv[0..i2] as l><#assign labels = labels + [l.label]></#list>
<#assign conf2 = classification.name + jj(labels, "又は")>
<#else>
<#assign conf2 = classification.name + lv[i2].label + "以上">
</#if>
事業者が提供する情報処理のサービス（クラウドサービスを含む。以下「外部サービス」という。）の利用は、取り扱う情報資産の{{ref:standards.assets}}に定める分類に応じ、次に定めるところによる。

# 利用に係る規定の整備 {#rules}

1. ${roles.chiefOfficer.title}は、外部サービスを利用できる業務及び情報資産の範囲、利用の承認の手続並びに利用中及び終了時の管理の方法を定め、承認した外部サービス、利用する部署及び取り扱う情報資産を一覧にして管理しなければならない。

# ${conf2}の情報資産を取り扱う場合 {#sensitive}

1. ${conf2}の情報資産を外部サービスで取り扱おうとする${staff.term}は、あらかじめ利用の目的、取り扱う情報資産及び期間を明らかにして、${roles.securityManager.title}の承認を得なければならない。
1. ${roles.securityManager.title}は、外部サービスを選定する場合は、次に掲げる事項を確認し、必要なものが契約又は利用規約で担保されていることを確かめなければならない。
   1. 国が定める評価制度への登録その他の第三者による評価の状況
   1. 情報資産の保存場所、適用される法令及び紛争の際の裁判管轄
   1. 事業者及びその委託先における情報資産の取扱い並びに情報資産へのアクセスの管理
   1. 障害等の発生時の報告並びに利用の終了時における情報資産の返却及び消去の方法
1. ${roles.systemManager.title}は、導入に当たり、管理者権限の限定、多要素認証、アクセス権限、暗号化及びログの取得を適切に設定し、運用中は利用者及び権限の棚卸し、設定の変更の記録並びに事業者からの通知の確認を定期的に行わなければならない。
1. 利用を終了する場合は、必要な情報資産を移行した上で、外部サービス上の情報資産の消去及び利用者のアカウントの削除を確認しなければならない。

# ${conf2}の情報資産を取り扱わない場合 {#other}

1. 外部サービスを業務に利用する${staff.term}は、${roles.securityManager.title}の承認を得なければならず、利用規約の内容を確認し、${conf2}の情報資産を入力し、又は保存してはならない。
1. 入力した情報が事業者により学習等に利用されるおそれのあるサービス（生成AIを用いるものを含む。）は、${roles.chiefOfficer.title}が定める条件に従って利用しなければならない。

<#if options.governmentCloud>
# 標準準拠システム及びガバメントクラウドの利用 {#government-cloud}

1. 標準準拠システムその他の情報システムをガバメントクラウド上で利用する場合は、国が定める利用の基準及び情報セキュリティ対策の基準に従わなければならない。
1. ${roles.systemManager.title}は、国、ガバメントクラウドの運用を補助する事業者及び標準準拠システムを提供する事業者との責任の分担を契約等で明確にし、ガバメントクラウド上の環境の利用者の権限、設定の変更及びログを管理し、事業者の作業内容を確認しなければならない。
1. ガバメントクラウドとの接続は、国が示す方式に従い、他の通信と分離された通信経路によらなければならない。
1. ${roles.chiefOfficer.title}は、ガバメントクラウド上の情報システムに係る情報セキュリティインシデントに備え、国及び関係する事業者との連絡の体制を定めておかなければならない。
</#if>
