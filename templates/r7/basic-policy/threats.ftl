<#-- basic.threats 対象とする脅威: the model's list, the same threats in three classes, or the body's own list -->
${body.self}は、情報資産に対する脅威として次に掲げるものを想定し、情報セキュリティ対策を講じる。

<#if threats.list == "own">
<#list threats.own as t>
1. ${t}
</#list>
<#elseif threats.list == "classes">
1. 意図的な要因による脅威
   1. 不正アクセス、不正プログラム、サービス妨害攻撃等のサイバー攻撃又は部外者の侵入による情報資産の窃取、漏えい、改ざん、破壊又は消去
   1. 内部の者による情報の不正な持出し、目的外利用その他の内部不正
<#list threats.intentional as t>
   1. ${t}
</#list>
1. 偶発的な要因による脅威
   1. 規程に反する取扱い、操作又は設定の誤り、紛失、設計、開発又は保守の不備、委託先管理の不備、機器の故障等による情報資産の漏えい、消失又は利用の停止
<#list threats.accidental as t>
   1. ${t}
</#list>
1. 環境的な要因による脅威
   1. 地震、風水害、落雷、火災等の災害による情報システムの損壊及び業務の停止
<#if threats.epidemic>
   1. 感染症の大規模な流行等による要員の不足に伴う情報システムの運用の停滞
</#if>
<#if threats.infrastructure>
   1. 電力、通信、水道等の社会基盤の障害の波及による情報システムの停止
</#if>
<#list threats.environmental as t>
   1. ${t}
</#list>
<#else>
1. 不正アクセス、不正プログラム、サービス妨害攻撃等のサイバー攻撃又は部外者の侵入による情報資産の窃取、漏えい、改ざん、破壊又は消去
1. 内部の者による情報の不正な持出し、目的外利用その他の内部不正
1. 規程に反する取扱い、操作又は設定の誤り、紛失、設計、開発又は保守の不備、委託先管理の不備、機器の故障等の意図しない要因による情報資産の漏えい、消失又は利用の停止
1. 地震、風水害、落雷、火災等の災害による情報システムの損壊及び業務の停止
<#if threats.epidemic>
1. 感染症の大規模な流行等による要員の不足に伴う情報システムの運用の停滞
</#if>
<#if threats.infrastructure>
1. 電力、通信、水道等の社会基盤の障害の波及による情報システムの停止
</#if>
<#list threats.extra as t>
1. ${t}
</#list>
</#if>
