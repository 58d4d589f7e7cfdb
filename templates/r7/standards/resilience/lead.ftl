<#-- The lead of the chapter 情報システム全体の強靱性の向上: the chapter's own text, or its first
     article in the article style (see organisation/lead.ftl). It defines 業務端末, which later
     articles use, so it is never left out. Over the zones the 強靱性 measure covers (network.resilience);
     a body without a separation model has no 業務端末 sentence. -->
<#macro text>
<#assign r = network.resilience>
<#assign zones = []>
<#if r.myNumber><#assign zones = zones + ["マイナンバー利用事務系"]></#if>
<#if r.lgwan><#assign zones = zones + ["LGWAN接続系"]></#if>
<#if r.internet><#assign zones = zones + ["インターネット接続系"]></#if>
<#if zones?size gt 1>
${body.self}は、情報システム全体の強靱性を高めるため、ネットワークを${jlist(zones)}の領域に分割し、領域ごとに必要な対策を講じる。
<#elseif zones?size == 1>
${body.self}は、情報システム全体の強靱性を高めるため、${zones[0]}<#if r.jukiNet>及び住民基本台帳ネットワークシステム</#if>を他のネットワークから分離し、必要な対策を講じる。
<#else>
${body.self}は、情報システム全体の強靱性を高めるため、住民基本台帳ネットワークシステムを他のネットワークから分離し、必要な対策を講じる。
</#if>
<#if network.model != "none">

${body.self}のネットワークの構成は${network.modelLabel}とし、<#switch network.model><#case "alpha">${staff.term}が日常の業務に用いる端末（以下「業務端末」という。）及び業務システムをLGWAN接続系に配置し、インターネット接続系とは通信経路を分離する。<#break><#case "alpha-prime">${staff.term}が日常の業務に用いる端末（以下「業務端末」という。）及び業務システムをLGWAN接続系に配置した上で、{{ref:standards.resilience.external-services}}に定めるところにより、LGWAN接続系の業務端末から特定の外部サービスに限って接続することを認める。<#break><#case "beta">${staff.term}が日常の業務に用いる端末（以下「業務端末」という。）をインターネット接続系に配置し、重要な情報資産を取り扱う業務システムはLGWAN接続系に配置する。<#break><#case "beta-prime">${staff.term}が日常の業務に用いる端末（以下「業務端末」という。）及び業務システムをインターネット接続系に配置し、重要な情報資産を取り扱う業務システムに限りLGWAN接続系に配置する。<#break></#switch>
</#if>
</#macro>
