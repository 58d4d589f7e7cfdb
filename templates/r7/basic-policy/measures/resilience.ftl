<#-- basic.measures.resilience 情報システム全体の強靱性の向上 (when network.resilience.enabled): over the
     zones of network.resilience, whatever they are; a separation model words the LGWAN and internet items -->
<#assign m = network.model>
<#assign r = network.resilience>
<#assign internetSide = (m == "beta" || m == "beta-prime") && r.lgwan && r.internet>
<#assign zones = []>
<#if r.myNumber><#assign zones = zones + ["マイナンバー利用事務系"]></#if>
<#if r.lgwan><#assign zones = zones + ["LGWAN接続系"]></#if>
<#if r.internet><#assign zones = zones + ["インターネット接続系"]></#if>
<#if zones?size gt 1>
業務の効率性及び利便性に配慮しつつ情報システム全体の強靱性を高めるため、情報システムを${jlist(zones)}に区分し、次の対策を講じる。
<#elseif zones?size == 1>
業務の効率性及び利便性に配慮しつつ情報システム全体の強靱性を高めるため、${zones[0]}<#if r.jukiNet>及び住民基本台帳ネットワークシステム</#if>について次の対策を講じる。
<#else>
業務の効率性及び利便性に配慮しつつ情報システム全体の強靱性を高めるため、次の対策を講じる。
</#if>

<#if r.myNumber>
1. マイナンバー利用事務系は、他の領域との通信を原則として行わない環境とし、多要素認証による利用者の確認及び情報の持出しの技術的な制限により、${body.residents}の個人情報の流出を防止する。<#if r.jukiNet>住民基本台帳ネットワークシステムも、関係法令の基準に従い他の領域から分離して管理する。</#if>
<#elseif r.jukiNet>
1. 住民基本台帳ネットワークシステムは、関係法令の基準に従い他の領域から分離して管理する。
</#if>
<#if r.lgwan>
<#if !network.internet>
1. LGWAN接続系はインターネットと接続しない環境とし、外部から情報を取り込むときは、不正プログラムの有無を確認する等、安全性を確かめた上で行う。
<#elseif !r.internet>
<#-- the internet zone exists but the measure does not cover it: it is not defined, so it is not named -->
1. LGWAN接続系とインターネットとの間の通信は、業務上必要なものに限り、安全性が確認された経路によって行うこととし、外部から情報を取り込むときは、不正プログラムの有無を確認する等、安全性を確かめた上で行う。
<#elseif m == "none">
1. LGWAN接続系とインターネット接続系との間の通信は、業務上必要なものに限って許可し、外部から情報を取り込むときは、不正プログラムの有無を確認する等、安全性を確かめた上で行う。
<#elseif m == "beta">
1. 業務用の端末はインターネット接続系に置き、重要な情報を取り扱う情報システムはLGWAN接続系に置く。両領域の間では通信経路の分割を行い、端末からLGWAN接続系の情報システムへは画面転送等の無害化通信によってのみ接続する。
<#elseif m == "beta-prime">
1. 業務用の端末及び情報システムは原則としてインターネット接続系に置き、LGWAN接続系には、LGWANを経由する必要がある情報システム及び特に重要な情報を取り扱う情報システムに限って置く。両領域の間では通信経路の分割を行い、通信は無害化通信に限る。
<#else>
1. LGWAN接続系には業務用の端末及び情報システムを置き、インターネット接続系との間で通信経路の分割を行う。インターネット上の情報の閲覧及びファイルの取込みは、無害化通信その他安全性が確認された方法に限る。<#if m == "alpha-prime">ただし、業務上必要な特定の外部サービスに限り、接続先の限定、通信の監視、端末の保護等の対策を講じた上で、LGWAN接続系の端末からの直接の利用を認める。</#if>
</#if>
</#if>
<#if r.internet>
1. インターネット接続系では、不正な通信の監視の強化等、高度な情報セキュリティ対策を講じる。<#if network.securityCloud>インターネットとの接続は自治体情報セキュリティクラウドを経由して行い、関係機関と連携して監視及び対処に当たる。</#if><#if internetSide>業務用の端末をこの領域に置くため、端末の不審な挙動の検知及び対処、多要素認証、通信及び操作の記録の分析並びに情報の重要性に応じたアクセス制御を併せて講じる。</#if>
</#if>
<#if internetSide>

業務用の端末をインターネット接続系に置くことに伴う危険に備え、<#if csirt.enabled>${csirt.name}を中心とした</#if>インシデント対応体制の強化、${staff.term}の研修及び訓練の充実、外部の専門家による定期的な情報セキュリティ監査等の組織的及び人的な対策を併せて講じる。
</#if>
