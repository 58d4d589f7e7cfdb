<#assign zones = []>
<#if network.myNumber><#assign zones = zones + ["マイナンバー利用事務系"]></#if>
<#if network.lgwan><#assign zones = zones + ["LGWAN接続系"]></#if>
<#if network.internet><#assign zones = zones + ["インターネット接続系"]></#if>
<#assign beta = network.model == "beta" || network.model == "beta-prime">
${body.self}は、情報システム全体の強靱性を高めるため、ネットワークを${jlist(zones)}の領域に分割し、領域ごとに必要な対策を講じる。

${body.self}のネットワークの構成は${network.modelLabel}とし、<#switch network.model><#case "alpha">${staff.term}が日常の業務に用いる端末（以下「業務端末」という。）及び業務システムをLGWAN接続系に配置し、インターネット接続系とは通信経路を分離する。<#break><#case "alpha-prime">${staff.term}が日常の業務に用いる端末（以下「業務端末」という。）及び業務システムをLGWAN接続系に配置した上で、{{ref:standards.resilience.external-services}}に定めるところにより、LGWAN接続系の業務端末から特定の外部サービスに限って接続することを認める。<#break><#case "beta">${staff.term}が日常の業務に用いる端末（以下「業務端末」という。）をインターネット接続系に配置し、重要な情報資産を取り扱う業務システムはLGWAN接続系に配置する。<#break><#case "beta-prime">${staff.term}が日常の業務に用いる端末（以下「業務端末」という。）及び業務システムをインターネット接続系に配置し、重要な情報資産を取り扱う業務システムに限りLGWAN接続系に配置する。<#break></#switch>

1. ${roles.chiefOfficer.title}は、各領域に接続する機器、領域の間の通信経路及び許可する通信を記載した構成の記録を作成し、最新の状態に保たなければならない。
1. ネットワークの構成を変更する場合は、${roles.chiefOfficer.title}は、変更が強靱性に与える影響を評価し、その結果を${roles.ciso.title}に報告しなければならない。<#if beta>業務端末又は業務システムを配置する領域の変更は、${roles.ciso.title}が決定する。</#if>
<#if network.jukiNet>
1. 住民基本台帳ネットワークシステムは、他の領域と分離して管理し、強靱性の向上のための対策のほか、住民基本台帳法及びこれに基づく技術的基準に従って運用しなければならない。
</#if>
