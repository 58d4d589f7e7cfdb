<#-- basic.duties 職員等の遵守義務. Defines staff.term: the first place the term appears.
     collective: 「A、B及びC（以下「職員等」という。）」; includes: 「職員（B及びCを含む。以下同じ。）」.
     The parameters never let the term define itself (ParamsReader refuses it). -->
<#assign cats = staff.categories>
<#if staff.includes && staff.otherCategories?has_content>
${staff.term}（${jlist(staff.otherCategories)}を含む。以下同じ。）は、
<#elseif cats?size == 1 && cats[0] == staff.term>
${staff.term}は、
<#else>
${jlist(cats)}（以下「${staff.term}」という。）は、
</#if>
情報セキュリティの重要性を理解し、職務の遂行に当たって情報セキュリティポリシー及び${policy.proceduresTitle}を遵守するとともに、
情報セキュリティに関する事故又は情報セキュリティポリシーへの違反を知ったときは、速やかに報告しなければならない。
<#if options.outsourcing>

${body.self}は、業務を委託するときは、${staff.contractorTerm}に対し、業務の内容に応じて情報セキュリティポリシーのうち必要な事項の遵守を契約により求める。
</#if>
