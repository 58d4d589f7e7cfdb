<#-- helpers: role titles, deduplicated (a body may fold roles into one title) -->
<#function jj items conj="及び"><#if items?size == 0><#return ""><#elseif items?size == 1><#return items[0]></#if><#return items[0..items?size-2]?join("、") + conj + items?last></#function>
<#function r keys conj="及び"><#local out = []><#list keys as k><#if !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
<#function ro subj keys conj="及び"><#local skip = []><#list subj?is_sequence?then(subj, [subj]) as s><#local skip = skip + [roles[s].title]></#list><#local out = []><#list keys as k><#if !skip?seq_contains(roles[k].title) && !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
<#assign admins = r(["chiefOfficer", "systemManager"])>
# アクセス制御等 {#principles}

1. ${admins}は、所管するネットワーク及び情報システムについて、利用者ごとに業務上必要な最小限のアクセス権限を設定し、付与、変更及び削除の手続を定めて記録しなければならない。
1. 一定回数続けて認証に失敗した利用者IDの一時停止、一定時間操作のない端末の画面の自動ロック等、不正なログインを防ぐ設定を行わなければならない。パスワードを情報システムに保存する場合は、復元できない形式に変換しなければならない。

# 利用者IDの取扱い {#user-id}

1. ${admins}は、異動、退職等により不要となった利用者IDを速やかに削除し、又は停止するとともに、登録状況を定期的に点検し、使用されていない利用者IDを放置してはならない。

# 特権を付与されたIDの管理等 {#privileged}

1. ${admins}は、管理者権限等の特権を付与されたID（以下「特権ID」という。）を利用する者を必要最小限に限り、その認証情報を厳重に管理しなければならない。特権IDによるログインには多要素認証を用い、特権IDによる操作は記録しなければならない。
1. 機器及びソフトウェアの初期設定の管理者IDのパスワードは、導入時に変更しなければならない。<#if options.outsourcing>${staff.contractorTerm}に特権IDを使用させる場合は、期間及び作業の範囲を限り、作業の内容を確認しなければならない。</#if>

# 外部からのアクセス等の制限 {#remote-access}

1. 庁舎外から内部のネットワーク又は情報システムへのアクセスは、業務上必要な場合に限り、${roles.chiefOfficer.title}の許可を得た者に認めるものとする。
1. ${roles.chiefOfficer.title}は、庁舎外からのアクセスについて、本人確認を確実に行い、通信を暗号化し、不正プログラム対策が講じられた端末に限る措置を講じなければならない。
