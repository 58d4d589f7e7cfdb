<#-- helpers: role titles, deduplicated (a body may fold roles into one title) -->
<#function jj items conj="及び"><#if items?size == 0><#return ""><#elseif items?size == 1><#return items[0]></#if><#return items[0..items?size-2]?join("、") + conj + items?last></#function>
<#function r keys conj="及び"><#local out = []><#list keys as k><#if !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
<#function ro subj keys conj="及び"><#local skip = []><#list subj?is_sequence?then(subj, [subj]) as s><#local skip = skip + [roles[s].title]></#list><#local out = []><#list keys as k><#if !skip?seq_contains(roles[k].title) && !out?seq_contains(roles[k].title)><#local out = out + [roles[k].title]></#if></#list><#return jj(out, conj)></#function>
# 緊急時対応計画の策定 {#plan}

1. ${roles.ciso.title}は、情報資産に対する侵害が発生し、又は発生するおそれがある場合に、被害の拡大の防止、証拠の保全、復旧及び再発防止を迅速かつ的確に行うため、緊急時対応計画を定めなければならない。<#if committee.enabled>計画の策定及び変更は、${committee.name}の審議を経て行うものとする。</#if>
1. 緊急時対応計画には、次に掲げる事項を定めるものとする。
   1. 対応の指揮をとる者、関係者の連絡先及び連絡の体制
   1. 報告すべき事項及び報告の方法
   1. ネットワークの遮断、情報システムの停止等の措置の判断の基準及び判断する者
   1. 証拠の保全、原因の調査及び復旧の手順
   1. ${body.residents}等への説明及び公表の方法並びに警察その他の関係機関への報告の方法
   1. 再発防止策の策定及びその実施の確認の方法
1. 侵害が発生し、又は発生するおそれがある場合は、${staff.term}は、緊急時対応計画に従って行動しなければならない。

# 事案への対応の指揮 {#command}

1. ${csirt.enabled?then(csirt.name, roles.chiefOfficer.title)}は、報告を受けた事案の重大性を判断し、対応の方針を定めて関係する部署に必要な措置を指示するとともに、その経過を${roles.ciso.title}に報告しなければならない。<#if csirt.enabled>${csirt.name}は、関係機関との連絡の窓口を一元的に担うものとする。</#if>

# 業務継続計画との整合性の確保 {#business-continuity}

1. ${roles.ciso.title}は、<#if threats.epidemic>自然災害、感染症の大規模な流行等<#else>自然災害等</#if>に備える業務継続計画と緊急時対応計画及び情報セキュリティポリシーとの整合性を確保し、優先して復旧する情報システム及び停止中の業務の代わりの方法をあらかじめ定めておかなければならない。

# 緊急時対応計画の見直し {#review}

1. ${roles.ciso.title}は、訓練の結果、事案への対応の経験、組織及び情報システムの変更等を踏まえ、緊急時対応計画を毎年度点検し、必要に応じて見直さなければならない。
