<#-- helpers: role titles, deduplicated (a body may fold roles into one title) -->
<#function jj items conj="及び"><#if items?size == 0><#return ""><#elseif items?size == 1><#return items[0]></#if><#return items[0..items?size-2]?join("、") + conj + items?last></#function>
<#function r keys conj="及び"><#local out = []><#list keys as k><#if !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
<#function ro subj keys conj="及び"><#local skip = []><#list subj?is_sequence?then(subj, [subj]) as s><#local skip = skip + [roles[s].title]></#list><#local out = []><#list keys as k><#if !skip?seq_contains(roles[k].title) && !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
# 情報システムの調達 {#procurement}

1. ${roles.systemManager.title}は、情報システムを調達する場合は、必要な情報セキュリティ機能を調達仕様書に明記し、機器及びソフトウェアについて、脆弱性への対応の状況及びサポートの期限を確認しなければならない。

# 情報システムの開発 {#development}

1. ${roles.systemManager.title}は、開発の責任者及び作業者を特定し、開発用の利用者IDは作業者ごとに付与して開発の完了後に削除しなければならない。
1. 開発及び試験の環境は、運用中の環境と分離しなければならない。試験に個人情報等の実際のデータを用いてはならない。ただし、やむを得ない場合であって、${roles.securityManager.title}の許可を得たときは、試験の終了後に確実に消去することを条件として用いることができる。
1. ${roles.systemManager.title}は、入力データの検査、処理の誤りの検出等、データの正確性を確保する機能を組み込むよう努めなければならない。

# 情報システムの導入 {#introduction}

1. ${roles.systemManager.title}は、移行の手順を定めて運用への影響を最小限にし、導入の前に情報セキュリティ機能が仕様どおりに動作することを試験により確認しなければならない。外部の者が利用する情報システムについては、脆弱性診断を行わなければならない。
1. ${roles.systemManager.title}は、設計書、試験結果、設定情報等の資料を整備し、保管しなければならない。

# 情報システムの変更管理 {#change-management}

1. ${roles.systemManager.title}は、プログラム、設定等を変更する場合は、変更の内容、理由、影響の範囲及び日時を記録し、変更前の状態に戻す手順を用意しなければならない。
1. ソフトウェアの更新、情報システムの更改又は統合に当たっては、他の情報システムとの整合性及び移行する情報の完全性を検証しなければならない。

<#if options.outsourcing>
# 保守の委託 {#maintenance}

1. ${roles.systemManager.title}は、保守を委託する場合は、作業の範囲、作業者及び作業時の情報の取扱いを定め、作業の記録を提出させて確認しなければならない。遠隔保守を認める場合は、接続の経路及び時間を限り、接続の都度記録を残さなければならない。
</#if>
