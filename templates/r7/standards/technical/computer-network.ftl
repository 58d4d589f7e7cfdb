<#-- helpers: role titles, deduplicated (a body may fold roles into one title) -->
<#function jj items conj="及び"><#if items?size == 0><#return ""><#elseif items?size == 1><#return items[0]></#if><#return items[0..items?size-2]?join("、") + conj + items?last></#function>
<#function r keys conj="及び"><#local out = []><#list keys as k><#if !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
<#function ro subj keys conj="及び"><#local skip = []><#list subj?is_sequence?then(subj, [subj]) as s><#local skip = skip + [roles[s].title]></#list><#local out = []><#list keys as k><#if !skip?seq_contains(roles[k].title) && !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
<#assign admins = r(["chiefOfficer", "systemManager"])>
# 文書サーバの設定等 {#file-server}

1. ${roles.chiefOfficer.title}は、文書サーバの領域を課室等の単位で区分し、他の課室等の者がアクセスできないよう権限を設定しなければならない。人事、個人情報等に関する情報は、取り扱う者に限りアクセスできる領域に保存しなければならない。

# バックアップの実施 {#backup}

1. ${admins}は、文書サーバ及び所管する情報システムの情報について、重要性及び更新の頻度に応じて定期的にバックアップを取得し、不正プログラムによる暗号化又は消去の影響が及ばないよう、通常の運用環境から切り離して保管しなければならない。
1. ${admins}は、バックアップから復元できることを定期的に確認しなければならない。

# 他団体との情報システムに関する情報等の交換 {#exchange}

1. ${roles.systemManager.title}は、他の団体と情報システムに関する情報又はソフトウェアを交換する場合は、その方法及び交換した情報の取扱いを定め<#if ro("systemManager", ["securityOfficer", "chiefOfficer"]) != "">、${ro("systemManager", ["securityOfficer", "chiefOfficer"])}の許可を得</#if>なければならない。

# システム管理記録及び作業の確認 {#admin-records}

1. ${admins}は、設定の変更、機器の交換、ソフトウェアの更新等の作業について、日時、作業者及び内容を記録し、改ざん及び消去から保護しなければならない。
1. 重要な作業は、作業を行う者以外の者が内容を確認しなければならない。

# 情報システム仕様書等の管理 {#specifications}

1. ${admins}は、ネットワーク構成図、仕様書、設定情報等を業務上必要とする者以外が閲覧できないよう管理し、変更があった場合は速やかに更新しなければならない。

# ログの取得等 {#logs}

1. ${admins}は、情報システムへのアクセス、操作及び通信の記録（以下「ログ」という。）を取得し、法令の定め及び調査に要する期間を考慮して定めた期間、改ざん及び消去ができないよう保存しなければならない。
1. ログを取得する機器の時刻は正確に同期させ、ログは定期的に点検して不正な操作又は異常の兆候を分析しなければならない。

# 障害記録 {#failure-records}

1. ${admins}は、報告された情報システムの障害、対応の経過及び判明した問題点を障害記録として保存し、再発防止に活用しなければならない。

# ネットワークの接続制御、経路制御等 {#network-control}

1. ${roles.chiefOfficer.title}は、業務上必要な通信のみを許可し、それ以外を遮断することを原則として経路制御及びフィルタリングを設定し、登録されていない機器のネットワークへの接続を防止しなければならない。
<#if network.threeTier>
1. マイナンバー利用事務系、LGWAN接続系及びインターネット接続系の相互の通信は、ネットワークの分離について定めるところにより許可されたものに限らなければならない。
</#if>

# 外部の者が利用できるシステムの分離等 {#public-systems}

1. ${roles.systemManager.title}は、電子申請その他の${body.residents}等が利用する情報システムを、内部の情報資産に影響が及ばないよう、他のネットワーク及び情報システムから分離しなければならない。

# 外部ネットワークとの接続制限等 {#external-connection}

1. ${roles.systemManager.title}は、所管するネットワークを外部ネットワークと接続する場合は、接続先の構成及び対策を調査して影響がないことを確認し、${ro("systemManager", ["ciso", "chiefOfficer"])}の許可を得なければならない。接続先の管理者とは、障害等の際の連絡方法及び責任の分担を取り決めなければならない。
1. インターネットに公開するサーバは、ファイアウォール等により内部のネットワークから分離しなければならない。<#if network.securityCloud>インターネットとの通信は、自治体情報セキュリティクラウドを経由しなければならない。<#if network.model == "alpha-prime">ただし、${roles.chiefOfficer.title}が認めた外部サービスとの直接の通信は、この限りでない。</#if></#if>
1. 接続した外部ネットワークに起因して情報資産に脅威が生じるおそれがある場合は、直ちに接続を遮断しなければならない。

# 複合機のセキュリティ管理 {#multifunction-devices}

1. ${roles.chiefOfficer.title}は、利用者の認証及び記憶装置の暗号化の機能を備えた複合機を選定し、送信先及び遠隔保守の接続を業務上必要な範囲に限らなければならない。<#if network.threeTier>複合機は、ネットワークの系ごとに設置し、異なる系で共用してはならない。</#if>
1. 複合機を廃棄し、又は返却する場合は、記憶装置内の情報を復元できない方法で消去しなければならない。

# 電子メール {#email}

1. ${roles.chiefOfficer.title}は、メールサーバが第三者の中継に利用されないよう設定し、送信ドメイン認証によりなりすましメールへの対策を講じなければならない。<#if network.model == "alpha" || network.model == "alpha-prime">インターネットから受信した添付ファイルは、無害化したものに限りLGWAN接続系に取り込むことができる。</#if>
1. ${staff.term}は、業務上の電子メールを${body.self}が管理する以外の電子メールサービスで送受信し、又は自動転送してはならない。
1. ${staff.term}は、送信前に宛先及び添付ファイルを確認し、複数の外部の者に送信する場合は他の受信者の電子メールアドレスが分からない方法によらなければならない。誤って送信した場合は、直ちに${roles.securityManager.title}に報告しなければならない。
1. ${staff.term}は、不審な電子メールの添付ファイルを開き、又はリンク先にアクセスしてはならない。

# 電子署名・暗号化 {#encryption}

1. ${staff.term}は、外部に送る情報の機密性又は完全性を確保する必要がある場合は、${roles.chiefOfficer.title}が定める方法により暗号化又は電子署名を行わなければならない。復号のためのパスワード等は、当該情報と同じ経路で送ってはならない。

# 無許可ソフトウェアの導入等の禁止 {#software}

1. ${staff.term}は、端末にソフトウェアを無断で導入してはならない。業務上必要な場合は、${r(["chiefOfficer", "systemManager"], "又は")}の許可を得なければならず、許可した者は、ソフトウェア及びライセンスを管理しなければならない。
1. ${staff.term}は、不正に複製したソフトウェアを利用してはならない。

# 機器構成の変更の制限 {#configuration}

1. ${staff.term}は、端末の改造又は機器の増設若しくは交換を行ってはならない。業務上必要な場合は、${r(["chiefOfficer", "systemManager"], "又は")}の許可を得なければならない。

# 業務外ネットワークへの接続の禁止 {#unauthorised-networks}

1. ${staff.term}は、${body.self}が支給した端末を、有線又は無線の別を問わず、業務のために定められたネットワーク以外に接続してはならない。${roles.chiefOfficer.title}は、これを技術的に制限するよう努めなければならない。

# 業務以外の目的でのウェブ閲覧の禁止 {#web-browsing}

1. ${staff.term}は、業務以外の目的でウェブサイトを閲覧してはならない。
1. ${roles.chiefOfficer.title}は、危険性の高いウェブサイトへのアクセスを制限し、業務以外の目的での閲覧を確認した場合は、閲覧した者が所属する課室等の${roles.securityManager.title}に通知して適切な措置を求めなければならない。
