<#assign beta = network.model == "beta" || network.model == "beta-prime">
1. ${roles.chiefOfficer.title}は、各領域に接続する機器、領域の間の通信経路及び許可する通信を記載した構成の記録を作成し、最新の状態に保たなければならない。
1. ネットワークの構成を変更する場合は、${roles.chiefOfficer.title}は、変更が強靱性に与える影響を評価し、その結果を${roles.ciso.title}に報告しなければならない。<#if beta>業務端末又は業務システムを配置する領域の変更は、${roles.ciso.title}が決定する。</#if>
1. ${roles.chiefOfficer.title}は、領域の間の通信を制御する機器の設定が構成の記録と一致していることを定期的に確認し、不要となった通信の許可を取り消さなければならない。
1. 新たに情報システムを導入する場合は、<#if roles.systemManager.title != roles.chiefOfficer.title>${roles.systemManager.title}は、取り扱う情報資産の分類に応じて配置する領域を${roles.chiefOfficer.title}と協議して決定しなければならない<#else>${roles.chiefOfficer.title}は、取り扱う情報資産の分類に応じて配置する領域を決定しなければならない</#if>。
<#if network.resilience.jukiNet>
1. 住民基本台帳ネットワークシステムは、他の領域と分離して管理し、強靱性の向上のための対策のほか、住民基本台帳法及びこれに基づく技術的基準に従って運用しなければならない。
</#if>
