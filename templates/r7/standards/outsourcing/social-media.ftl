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
1. ${roles.securityManager.title}は、${body.self}が情報の発信のためにソーシャルメディアサービスを利用する場合は、アカウントごとに、その運用に責任を負う者（以下「アカウント責任者」という。）を定め、${roles.chiefOfficer.title}に届け出なければならない。
1. アカウント責任者は、運用の目的、投稿する者並びに投稿の手順及び確認の方法を定めて運用し、アカウントの認証情報を適切に管理して、可能な場合は多要素認証を設定しなければならない。
1. ${roles.chiefOfficer.title}は、${body.self}のアカウントの一覧を${body.self}のウェブサイトに掲載する等、なりすましを防止する措置を講じなければならない。
1. ${conf2}の情報は、ソーシャルメディアサービスで発信してはならない。
1. アカウント責任者は、アカウントが不正に使用され、又はそのおそれがある場合は、{{ref:standards.human.incident}}に定めるところにより報告するとともに、ウェブサイト等により${body.residents}等に注意を呼びかけなければならない。
1. アカウントの利用を終了する場合は、その旨を告知した上でアカウントを削除し、又は第三者に使用されないよう管理しなければならない。
