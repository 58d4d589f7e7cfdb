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
# 情報セキュリティポリシー等の遵守 {#compliance}

1. ${staff.term}は、情報セキュリティポリシー及び${policy.proceduresTitle}に定める事項のうち自らの業務に関係するものを理解し、遵守しなければならない。
1. ${staff.term}は、不明な点がある場合又は定められた事項を守ることが困難な場合は、自らの判断で処理せず、${roles.securityManager.title}に相談し、その指示に従わなければならない。

# 業務以外の目的での使用の禁止 {#private-use}

1. ${staff.term}は、情報資産、情報システム並びに業務用の利用者ID及び電子メールアドレスを業務以外の目的で使用し、又は私的な目的で情報資産を複製し、持ち出し、若しくは外部へ送信してはならない。

# 庁舎外での情報処理作業の制限 {#offsite}

1. ${staff.term}は、端末、記録媒体若しくは情報資産を記録した文書を庁舎外へ持ち出す場合又は庁舎外で情報処理作業を行う場合は、あらかじめ${roles.securityManager.title}の許可を得なければならない。
1. ${roles.securityManager.title}は、持ち出しの日時、持ち出した者、持ち出した物及び返却の日時を記録し、返却の状況を定期的に確認しなければならない。
1. ${conf2}の情報資産を持ち出す場合は暗号化等の漏えいを防止する措置を講じ、庁舎外での作業においては画面の盗み見、会話の聴取並びに端末等の紛失及び盗難を防止しなければならない。

<#if options.telework>
# テレワーク {#telework}

1. ${roles.chiefOfficer.title}は、テレワーク（自宅等において情報通信技術を用いて庁舎外で業務を行うことをいう。）に用いる端末、通信回線及び接続先並びに取り扱うことができる情報資産の範囲を定めなければならない。
1. テレワークを行う${staff.term}は、あらかじめ${roles.securityManager.title}の許可を得て、${body.self}が支給し、必要な設定を施した端末を用いなければならない。支給以外の端末を用いる場合は、{{ref:standards.human.duties.byod}}に定めるところによる。
1. テレワークにおける庁内の情報システムへの接続には、暗号化された通信経路及び多要素認証を用いなければならない。作業は第三者に情報が見聞きされない場所で行い、業務上の情報を端末に必要以上に保存してはならない。

</#if>
# 支給以外の端末の利用 {#byod}

1. ${staff.term}は、${body.self}が支給した端末以外の端末（以下「支給以外の端末」という。）を業務に用いてはならない。ただし、業務上やむを得ない場合であって、${roles.securityManager.title}の許可を得たときは、この限りでない。
1. ${roles.chiefOfficer.title}は、支給以外の端末の設定、不正プログラム対策及び利用できる情報システムの範囲を定めなければならない。支給以外の端末で${conf2}の情報資産を取り扱う場合は、端末に情報が残らない方式により、暗号化された通信経路を用いなければならない。

# 机上の端末等の管理 {#clear-desk}

1. ${staff.term}は、離席する場合は、端末をロックし、又はログオフしなければならない。
1. ${staff.term}は、記録媒体及び情報資産を記録した文書を机上に放置してはならず、退庁時は施錠できる書庫等に収納しなければならない。印刷した文書は、速やかに回収しなければならない。

# 退職時等の遵守事項 {#leaving}

1. ${staff.term}は、異動、退職、任期満了等により業務を離れる場合は、利用していた情報資産、端末、記録媒体並びに入退室のための鍵及びカードを返却しなければならず、業務を離れた後も業務上知り得た情報を漏らしてはならない。
1. ${roles.securityManager.title}は、${staff.term}が業務を離れる場合は、その者の利用者IDの削除又は権限の変更が速やかに行われるよう手続をとらなければならない。

# 情報セキュリティポリシーの周知 {#awareness}

1. ${roles.securityManager.title}は、新たに情報資産を取り扱うこととなった${staff.term}に対し、情報セキュリティポリシーのうちその者が遵守すべき事項を説明し、必要に応じ遵守する旨の同意書の提出を求めるものとする。
<#if staff.categories?size gt 1>
1. 情報セキュリティポリシーは、${jj(staff.categories)}のいずれにも等しく適用される。${roles.securityManager.title}は、勤務の形態の違いにより周知が不十分とならないよう配慮しなければならない。
</#if>
<#if options.outsourcing>
1. 業務を委託する場合は、{{ref:standards.outsourcing.contracting}}に定めるところにより、${staff.contractorTerm}が遵守すべき事項を${staff.contractorTerm}に説明しなければならない。
</#if>
